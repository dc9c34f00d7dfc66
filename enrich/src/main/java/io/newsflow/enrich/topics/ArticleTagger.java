package io.newsflow.enrich.topics;

import io.newsflow.enrich.keywords.KeyphraseExtractor;
import io.newsflow.enrich.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front door of topic tagging: IPTC Media Topics (top level) with calibrated scores and the signals
 * behind them, the article's language, and its key phrases. Build one per process and share it: it is
 * thread-safe, and the sentence-embedding model behind it loads once, on the first article. If that
 * model cannot be loaded, tagging goes on with a lexical classifier, says so once in the log and in
 * every tag's signals ({@code lexical-fallback}); {@link #requireModel()} makes it fail instead.
 */
public final class ArticleTagger {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleTagger.class);
    static final int KEYWORDS = 10;
    // ~10k leads x 17 doubles: about 2 MB, enough to cover a day of re-crawls of a busy site's stories.
    static final int CACHED_LEADS = 10_000;

    private final Taxonomy taxonomy = Taxonomy.load();
    private final PageSignals signals = new PageSignals(taxonomy);
    private final TopicCalibrator calibrator = new TopicCalibrator(taxonomy);
    private final LanguageDetector languages = new LanguageDetector();
    private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();
    private final boolean requireModel;
    private volatile TopicModel model;

    private ArticleTagger(boolean requireModel) {
        this.requireModel = requireModel;
    }

    /** A tagger that falls back to the lexical classifier when the embedding model is missing. */
    public static ArticleTagger create() {
        return new ArticleTagger(false);
    }

    /** A tagger whose first {@link #tag} throws IllegalStateException if the embedding model is missing. */
    public static ArticleTagger requireModel() {
        return new ArticleTagger(true);
    }

    public Tags tag(TagInput in) {
        return tagAll(List.of(in)).get(0);
    }

    /** Tags several articles with one model call, which amortises the model's per-call overhead. */
    public List<Tags> tagAll(List<TagInput> inputs) {
        List<String> texts = inputs.stream().map(Lead::of).toList();
        TopicModel m = model();
        List<double[]> sims = m.similarities(texts);
        List<Tags> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            TagInput in = inputs.get(i);
            List<TopicTag> topics = calibrator.select(sims.get(i), m, signals.boosts(in));
            String language = languages.detect(in.title() + "\n" + in.text(), in.declaredLanguage());
            List<String> keywords = keyphrases.extract(in.title(), in.text(), language, KEYWORDS);
            out.add(new Tags(topics, language, keywords));
        }
        return out;
    }

    private TopicModel model() {
        TopicModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new SimilarityCache(
                            SharedModels.embeddingOrFallback(taxonomy, requireModel, LOG), CACHED_LEADS);
                }
                m = model;
            }
        }
        return m;
    }
}
