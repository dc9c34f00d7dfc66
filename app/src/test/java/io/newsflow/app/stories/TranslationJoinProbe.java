package io.newsflow.app.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.enrich.topics.TagInput;
import io.newsflow.enrich.topics.Tags;
import io.newsflow.sink.state.MapTable;
import io.newsflow.sink.stories.StoryGrouper;
import io.newsflow.sink.stories.StoryInput;
import io.newsflow.sink.stories.StorySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Can a report in another language join the story of its English original? Measured on SIB-200's parallel
 * sentences (Flores-200: line i of every language's file is one sentence translated), through the product's
 * front doors: enrich's tagger gives each sentence its language, key phrases and meaning vector; the sink's
 * {@link StoryGrouper} groups them. Per language it prints how often a translation's nearest English sentence
 * by meaning cosine is its original, the cosines of translations and of other pairs against the meaning
 * offset, and how often the translation, fed after all English sentences, joins its original's story.
 *
 * <pre>
 * java -cp app/target/test-classes:app/target/newsflow.jar io.newsflow.app.stories.TranslationJoinProbe \
 *     /work/data/topics test en de fr es
 * </pre>
 */
public final class TranslationJoinProbe {

    private static final long MINUTE = 60_000;

    private TranslationJoinProbe() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String split = args[1];
        String base = args[2];
        ArticleTagger tagger = ArticleTagger.create();
        List<StoryInput> originals = read(tagger, dir, base, split);
        System.out.printf("%d %s sentences (%s)%n", originals.size(), base, split);
        for (String lang : Arrays.asList(args).subList(3, args.length)) {
            List<StoryInput> translations = read(tagger, dir, lang, split);
            meaning(base, lang, originals, translations);
            for (StorySettings settings : List.of(StorySettings.defaults(), words(StorySettings.defaults()))) {
                joins(base, lang, originals, translations, settings);
            }
        }
    }

    private static StorySettings words(StorySettings d) {
        return new StorySettings(d.threshold(), d.halfLife(), d.window(), d.fullTerms(), 0, 0, d.mergeThreshold());
    }

    private static List<StoryInput> read(ArticleTagger tagger, Path dir, String lang, String split) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<StoryInput> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("sib200-" + lang + "-" + split + ".jsonl"))) {
            JsonNode n = json.readTree(line);
            String text = n.get("text").asText();
            // each sentence as a headline-only article, the case where words help least
            Tags tags = tagger.tag(new TagInput(text, "", lang, null, null, null));
            int i = out.size();
            out.add(new StoryInput(
                    lang + "-" + i,
                    lang + ".example",
                    text,
                    "",
                    tags.keywords(),
                    i * MINUTE,
                    tags.language(),
                    unit(tags.meaning())));
        }
        return out;
    }

    private static float[] unit(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        float[] v = new float[bytes.length];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = bytes[d];
            norm += v[d] * v[d];
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static double cos(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    /** Nearest-neighbour rate and the cosine distributions, translations against every other pair. */
    private static void meaning(String base, String lang, List<StoryInput> originals, List<StoryInput> translations) {
        int n = Math.min(originals.size(), translations.size());
        int nearest = 0;
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] t = translations.get(i).meaning();
            int best = -1;
            double bestCos = -2;
            for (int j = 0; j < n; j++) {
                double c = cos(t, originals.get(j).meaning());
                (i == j ? same : other).add(c);
                if (c > bestCos) {
                    bestCos = c;
                    best = j;
                }
            }
            nearest += best == i ? 1 : 0;
        }
        System.out.printf(
                "%s→%s meaning: nearest is the original %d/%d (%.1f%%); translations %s; other pairs %s%n",
                lang, base, nearest, n, 100.0 * nearest / n, summary(same), summary(other));
        List<Double> within = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    within.add(cos(originals.get(i).meaning(), originals.get(j).meaning()));
                }
            }
        }
        System.out.printf("  %s→%s other pairs for reference: %s%n", base, base, summary(within));
    }

    private static String summary(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long above = Arrays.stream(v)
                .filter(x -> x >= StorySettings.DEFAULT_MEANING_OFFSET)
                .count();
        return String.format(
                "median %.2f (p10 %.2f, p90 %.2f), ≥ offset %.2f: %.1f%%",
                v[v.length / 2],
                v[v.length / 10],
                v[v.length * 9 / 10],
                StorySettings.DEFAULT_MEANING_OFFSET,
                100.0 * above / v.length);
    }

    /** Every original through one grouper, then each translation alone on a copy of its state. */
    private static void joins(
            String base, String lang, List<StoryInput> originals, List<StoryInput> translations, StorySettings s) {
        MapTable<String> terms = new MapTable<>();
        MapTable<byte[]> groups = new MapTable<>();
        MapTable<String> postings = new MapTable<>();
        StoryGrouper grouper = new StoryGrouper(s, terms, groups, postings);
        Map<String, String> storyOf = new HashMap<>();
        for (StoryInput in : originals) {
            storyOf.put(in.id(), grouper.assign(in).story().id());
        }
        int n = Math.min(originals.size(), translations.size());
        int joinedOriginal = 0;
        int joinedOther = 0;
        for (int i = 0; i < n; i++) {
            StoryGrouper alone = new StoryGrouper(s, terms.copy(), groups.copy(), postings.copy());
            StoryInput t = translations.get(i);
            StoryInput late = new StoryInput(
                    t.id(), t.site(), t.title(), t.text(), t.keywords(), n * MINUTE, t.language(), t.meaning());
            StoryGrouper.Assignment a = alone.assign(late);
            String target = storyOf.get(originals.get(i).id());
            if (!a.opened()) {
                boolean right = a.story().id().equals(target)
                        || (a.absorbed() != null && a.absorbed().id().equals(target));
                joinedOriginal += right ? 1 : 0;
                joinedOther += right ? 0 : 1;
            }
        }
        System.out.printf(
                "  %s→%s through StoryGrouper (%s): joins its original's story %d/%d (%.1f%%), another story %d, opens its own %d%n",
                lang,
                base,
                s.meaningWeight() == 0 ? "words alone" : "defaults, words + meaning",
                joinedOriginal,
                n,
                100.0 * joinedOriginal / n,
                joinedOther,
                n - joinedOriginal - joinedOther);
    }
}
