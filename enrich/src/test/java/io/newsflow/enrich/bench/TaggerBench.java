package io.newsflow.enrich.bench;

import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.enrich.topics.TagInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Articles per second through {@link ArticleTagger} (topics + language + keywords) on this machine, and
 * the heap the tagger holds once loaded (the ONNX model itself lives off-heap: see process RSS).
 * Input: the labelled check set, each item padded to a ~300-word article so keywords see real length.
 * Run: mvn -q -o -pl enrich -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.newsflow.enrich.bench.TaggerBench
 */
public final class TaggerBench {

    public static void main(String[] args) throws IOException {
        List<TagInput> inputs = new ArrayList<>();
        try (InputStream in = TaggerBench.class.getResourceAsStream("/topics/labelled-news.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
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
        System.out.printf(Locale.ROOT, "first tag (model load + topic vectors + lingua): %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        for (int round = 0; round < 2; round++) { // warm-up round, then measured round
            for (int batch : new int[] {1, 16}) {
                long start = System.nanoTime();
                int n = 0;
                for (int rep = 0; rep < 3; rep++) {
                    for (int i = 0; i < inputs.size(); i += batch) {
                        tagger.tagAll(inputs.subList(i, Math.min(inputs.size(), i + batch)));
                        n += Math.min(batch, inputs.size() - i);
                    }
                }
                double secs = (System.nanoTime() - start) / 1e9;
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "batch %2d: %d articles in %.2f s = %.0f articles/s (1 thread)%n",
                            batch, n, secs, n / secs);
                }
            }
        }
        System.out.printf(Locale.ROOT, "heap held after load: %.0f MB; process RSS: see /proc/self/status%n",
                (heap1 - heap0) / 1e6);
        for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (l.startsWith("VmRSS") || l.startsWith("VmHWM")) {
                System.out.println(l);
            }
        }
    }
}
