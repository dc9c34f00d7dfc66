package io.newsflow.enrich.bench;

import com.sun.management.OperatingSystemMXBean;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Articles per second through {@link ArticleTagger} (topics + language + keywords) on this machine, and
 * the heap the tagger holds once loaded (the ONNX model itself lives off-heap: see process RSS).
 * Input: the labelled check set, each item padded to a ~300-word article so keywords see real length.
 * Run (from the checkout): mvn -q -o -pl enrich -am test-compile; mvn -q -o -pl enrich
 * dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt; java -cp
 * enrich/target/test-classes:enrich/target/classes:$(cat /tmp/cp.txt) io.newsflow.enrich.bench.TaggerBench
 * Measured 2026-11-25 on the shared 2-core machine (load average ~9): 152 articles/s one at a time,
 * 179 in batches of 16, 209 with two threads; ~130-160 articles per CPU-second; RSS ~290 MB.
 */
public final class TaggerBench {

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Where the time goes: key phrases and language alone (the rest of a tag is the embedding). */
    private static void timeParts(List<TagInput> inputs) {
        var keyphrases = new KeyphraseExtractor();
        var languages = new LanguageDetector();
        long c0 = cpuNanos();
        for (TagInput in : inputs) {
            keyphrases.extract(in.title(), in.text(), "en", 10);
        }
        long c1 = cpuNanos();
        for (TagInput in : inputs) {
            languages.detect(in.title() + "\n" + in.text(), "en");
        }
        long c2 = cpuNanos();
        System.out.printf(
                Locale.ROOT,
                "CPU ms/article: keyphrases %.2f, language %.2f%n",
                (c1 - c0) / 1e6 / inputs.size(),
                (c2 - c1) / 1e6 / inputs.size());
    }

    public static void main(String[] args) throws IOException {
        List<TagInput> inputs = new ArrayList<>();
        try (InputStream in = TaggerBench.class.getResourceAsStream("/topics/labelled-news.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                String body = (f[2] + "\n\n").repeat(12);
                inputs.add(new TagInput(f[1], body, "en", List.of(), List.of(), null));
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        ArticleTagger tagger = ArticleTagger.requireModel();
        tagger.tag(inputs.get(0));
        System.out.printf(
                Locale.ROOT,
                "first tag (model load + topic vectors + lingua): %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        int pass = 0;
        for (int round = 0; round < 2; round++) { // warm-up round, then measured round
            for (int batch : new int[] {1, 16}) {
                // Every pass tags texts it has not seen, so the tagger's lead cache never answers.
                List<TagInput> fresh = new ArrayList<>();
                for (int rep = 0; rep < 3; rep++, pass++) {
                    for (TagInput in : inputs) {
                        fresh.add(new TagInput(
                                in.title() + " (" + pass + ")",
                                in.text(),
                                in.declaredLanguage(),
                                in.sectionHints(),
                                in.keywordHints(),
                                in.url()));
                    }
                }
                long start = System.nanoTime();
                long cpu0 = cpuNanos();
                for (int i = 0; i < fresh.size(); i += batch) {
                    tagger.tagAll(fresh.subList(i, Math.min(fresh.size(), i + batch)));
                }
                int n = fresh.size();
                double secs = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                if (round == 1) {
                    // The machine is shared: wall time depends on the load; process CPU time does not.
                    System.out.printf(
                            Locale.ROOT,
                            "batch %2d: %d articles in %.2f s wall = %.0f articles/s;"
                                    + " %.2f s process CPU = %.0f articles per CPU-second%n",
                            batch,
                            n,
                            secs,
                            n / secs,
                            cpu,
                            n / cpu);
                }
            }
        }
        // Two stream threads sharing one tagger, as in the topology on a 2-core machine.
        List<TagInput> fresh = new ArrayList<>();
        for (int rep = 0; rep < 3; rep++, pass++) {
            for (TagInput in : inputs) {
                fresh.add(new TagInput(in.title() + " (" + pass + ")", in.text(), "en", List.of(), List.of(), null));
            }
        }
        long start = System.nanoTime();
        fresh.parallelStream().forEach(tagger::tag);
        System.out.printf(
                Locale.ROOT,
                "%d threads: %.0f articles/s wall%n",
                ForkJoinPool.commonPool().getParallelism() + 1,
                fresh.size() / ((System.nanoTime() - start) / 1e9));
        tagger.tagAll(inputs);
        start = System.nanoTime();
        tagger.tagAll(inputs); // all from the lead cache now
        System.out.printf(
                Locale.ROOT,
                "repeat of %d seen articles (lead cache): %.0f articles/s%n",
                inputs.size(),
                inputs.size() / ((System.nanoTime() - start) / 1e9));
        timeParts(inputs);
        System.out.printf(
                Locale.ROOT,
                "heap held after load: %.0f MB; process RSS: see /proc/self/status%n",
                (heap1 - heap0) / 1e6);
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS") || l.startsWith("VmHWM")) {
                System.out.println(l);
            }
        }
    }
}
