package io.newsflow.enrich.bench;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import io.newsflow.enrich.keywords.KeyphraseExtractor;
import io.newsflow.enrich.language.LanguageDetector;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.enrich.topics.TagInput;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm CPU cost per article of {@link ArticleTagger} (topics + language + key phrases) and of its parts,
 * and the heap the tagger holds once loaded. CPU is the benchmark thread's own, the median of the measured
 * rounds: the JIT's and the collector's threads, which a process figure would add in bursts, are priced by
 * {@code newsflow bench} instead. Input: the SIB-200 test sentences of the topic tests (six
 * languages), joined 15 at a time into ~300-word articles; or, given a folder of pages (the dev set), the articles
 * the extractor makes of them, as the stream tags them (title, cleaned text, the page's declared language).
 * Run (from the checkout, after {@code ./mvnw -q -pl app -am package -DskipTests}):
 * java -cp enrich/target/test-classes:app/target/newsflow.jar io.newsflow.enrich.bench.TaggerBench [../shared/extraction-dev]
 */
public final class TaggerBench {

    private static final int SENTENCES = 15;
    private static final int ROUNDS = 40;
    private static final int PAGE_ROUNDS = 8; // ~1,100 dev articles of ~850 words: a round takes seconds

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) throws IOException {
        List<TagInput> inputs = args.length > 0 ? extracted(Path.of(args[0])) : articles();
        int rounds = args.length > 0 ? PAGE_ROUNDS : ROUNDS;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        ArticleTagger tagger = ArticleTagger.create();
        tagger.tag(inputs.get(0));
        System.out.printf(
                Locale.ROOT, "first tag (topic model + Lingua load): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        KeyphraseExtractor keyphrases = new KeyphraseExtractor();
        LanguageDetector languages = new LanguageDetector();
        // Key phrases alone read the language the tagger settles on, as inside the whole tag.
        List<String> settled = inputs.stream()
                .map(in -> languages.detect(in.title() + "\n" + in.text(), in.declaredLanguage()))
                .toList();
        double[] tag = new double[rounds];
        double[] keywords = new double[rounds];
        double[] language = new double[rounds];
        for (int round = -rounds; round <= rounds; round++) { // the first half warms up
            long c0 = cpuNanos();
            for (TagInput in : inputs) {
                tagger.tag(in);
            }
            long c1 = cpuNanos();
            for (int i = 0; i < inputs.size(); i++) {
                keyphrases.extract(inputs.get(i).title(), inputs.get(i).text(), settled.get(i), 10);
            }
            long c2 = cpuNanos();
            for (TagInput in : inputs) {
                languages.detect(in.title() + "\n" + in.text(), null);
            }
            long c3 = cpuNanos();
            if (round > 0) {
                tag[round - 1] = (c1 - c0) / 1e6 / inputs.size();
                keywords[round - 1] = (c2 - c1) / 1e6 / inputs.size();
                language[round - 1] = (c3 - c2) / 1e6 / inputs.size();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d articles x %d rounds, CPU ms per article (median round): whole tag %.3f = topics %.3f"
                        + " + language %.3f + key phrases %.3f%n",
                inputs.size(),
                rounds,
                median(tag),
                median(tag) - median(keywords) - median(language),
                median(language),
                median(keywords));
        System.out.printf(Locale.ROOT, "heap held after load: %.0f MB%n", (heap1 - heap0) / 1e6);
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS") || l.startsWith("VmHWM")) {
                System.out.println(l);
            }
        }
    }

    /** The articles the extractor makes of the pages under {@code root}, as {@code Enricher} hands them on. */
    private static List<TagInput> extracted(Path root) throws IOException {
        Extractor extractor = Extractor.withDefaults();
        List<TagInput> out = new ArrayList<>();
        for (Path p : DevSetPredictions.devPages(root)) {
            try {
                ExtractedArticle a =
                        extractor.extract(new PageInput(null, DevSetPredictions.gunzip(p), "text/html", null));
                out.add(new TagInput(a.title(), a.text(), a.language(), List.of(), List.of(), null));
            } catch (ExtractionException e) {
                // a page without an article is not tagged in the stream either
            }
        }
        return out;
    }

    private static List<TagInput> articles() throws IOException {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        try (InputStream in = ArticleTagger.class.getResourceAsStream("sib200-test.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t", 3);
                    byLanguage.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2]);
                }
            }
        }
        List<TagInput> out = new ArrayList<>();
        byLanguage.forEach((lang, sentences) -> {
            for (int i = 0; i + SENTENCES <= sentences.size(); i += SENTENCES) {
                List<String> part = sentences.subList(i, i + SENTENCES);
                out.add(new TagInput(
                        part.get(0), String.join(" ", part.subList(1, part.size())), lang, List.of(), List.of(), null));
            }
        });
        return out;
    }
}
