package io.newsflow.enrich.bench;

import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Single-threaded throughput of the extractor over the dev pages: a warm-up pass, then timed passes,
 * printing pages/s, MB/s and heap, with jsoup's parse alone as the reference. Rates are given per wall
 * second and per CPU second of the benchmark thread (the latter is the one-core figure on a shared machine).
 * <pre>java -Xmx1g -cp enrich/target/classes:enrich/target/test-classes:$(cat /tmp/extract-cp.txt) \
 *   io.newsflow.enrich.bench.ExtractBench ../shared/extraction-dev [passes] [minKB-maxKB]</pre>
 */
public final class ExtractBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/extraction-dev");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        // Optional size window in KB ("80-150"): the speed bar is stated for pages of a given size.
        String[] window = (args.length > 2 ? args[2] : "0-1000000").split("-");
        long minBytes = Long.parseLong(window[0]) * 1000, maxBytes = Long.parseLong(window[1]) * 1000;
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        for (Path p : DevSetPredictions.devPages(root)) {
            byte[] b = DevSetPredictions.gunzip(p);
            if (b.length >= minBytes && b.length <= maxBytes) {
                pages.add(b);
                bytes += b.length;
            }
        }
        System.out.printf("%d pages, %.1f MB, mean %.0f KB%n", pages.size(), bytes / 1e6, bytes / 1e3 / pages.size());
        Extractor extractor = Extractor.withDefaults();
        run("warm-up", pages, bytes, extractor);
        for (int i = 0; i < passes; i++) run("extract", pages, bytes, extractor);
        long t = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        for (byte[] b : pages) Jsoup.parse(new String(b, StandardCharsets.UTF_8));
        report("jsoup parse only", pages.size(), bytes, System.nanoTime() - t);
        report("  same, per CPU second", pages.size(), bytes, THREADS.getCurrentThreadCpuTime() - cpu);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                "heap used after run %.0f MB (max %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void run(String label, List<byte[]> pages, long bytes, Extractor extractor) {
        long t = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        int failed = 0;
        for (byte[] b : pages) {
            try {
                extractor.extract(new PageInput(null, b, "text/html", null));
            } catch (ExtractionException e) {
                failed++;
            }
        }
        report(
                label + (failed > 0 ? " (" + failed + " typed failures)" : ""),
                pages.size(),
                bytes,
                System.nanoTime() - t);
        report("  same, per CPU second", pages.size(), bytes, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    private static void report(String label, int n, long bytes, long nanos) {
        double s = nanos / 1e9;
        System.out.printf(
                "%-28s %6.1f pages/s  %5.1f MB/s  %6.3f ms/page  (%.1f s)%n",
                label, n / s, bytes / 1e6 / s, nanos / 1e6 / n, s);
    }
}
