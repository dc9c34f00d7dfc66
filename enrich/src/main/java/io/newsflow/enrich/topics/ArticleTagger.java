package io.newsflow.enrich.topics;

import io.newsflow.enrich.keywords.KeyphraseExtractor;
import io.newsflow.enrich.language.LanguageDetector;
import java.util.List;

/**
 * Front door of topic tagging: IPTC Media Topics (top level) with calibrated scores and the signals
 * behind them, the article's language, and its key phrases. Thread-safe; build one per process and
 * share it. The topic model ({@link LinearTopicModel}) is a data file inside the jar, loaded once per
 * process on the first article (about a second); a missing or broken file fails that first call.
 */
public final class ArticleTagger {

    static final int KEYWORDS = 10;

    private final Taxonomy taxonomy = Taxonomy.load();
    private final PageSignals signals = new PageSignals(taxonomy);
    private final TopicCalibrator calibrator = new TopicCalibrator(taxonomy);
    private final LanguageDetector languages = new LanguageDetector();
    private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();

    private ArticleTagger() {}

    public static ArticleTagger create() {
        return new ArticleTagger();
    }

    public Tags tag(TagInput in) {
        LinearTopicModel model = SharedModel.get();
        String title = in.title().isBlank() ? FirstLine.asTitle(in.text()) : in.title();
        String language = languages.detect(in.title() + "\n" + in.text(), in.declaredLanguage());
        TopicFeatures.Article article = model.features(title, in.text(), language);
        byte[] meaning = SharedModel.meaning().encode(article);
        List<TopicTag> topics = calibrator.select(model, article, signals.boosts(in));
        List<String> keywords = keyphrases.extract(in.title(), in.text(), language, KEYWORDS);
        return new Tags(topics, language, keywords, meaning);
    }

    /** Tags several articles; the same as calling {@link #tag} on each. */
    public List<Tags> tagAll(List<TagInput> inputs) {
        return inputs.stream().map(this::tag).toList();
    }

    /** The process-wide models: ~7 MB of topic weights and ~8 MB of meaning rows, read once. */
    private static final class SharedModel {
        private static final LinearTopicModel MODEL = LinearTopicModel.load();
        private static final MeaningModel MEANING = MeaningModel.load(MODEL.vocabulary());

        static LinearTopicModel get() {
            return MODEL;
        }

        static MeaningModel meaning() {
            return MEANING;
        }
    }
}
