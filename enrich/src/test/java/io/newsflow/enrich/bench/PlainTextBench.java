package io.newsflow.enrich.bench;

import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Single-threaded throughput of the plain-text path (decode, chrome rules, line classifier, title,
 * byline, paragraphs, repair) over a folder of .txt pages, e.g. the dev pages rendered by
 * render-dev-text.sh or ../shared/samples: a warm-up pass, then timed passes, in pages per wall second
 * and per CPU second of the benchmark thread (the one-core figure on a shared machine). Each timed round
 * repeats whole passes over the folder until the thread has spent at least a CPU-second, so a folder of
 * five small pages gives as steady a figure as one of a thousand.
 * <pre>java -cp enrich/target/test-classes:app/target/newsflow.jar \
 *   io.newsflow.enrich.bench.PlainTextBench /tmp/render/w3m [rounds]</pre>
 */
public final class PlainTextBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long MIN_ROUND_CPU_NS = 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                pages.add(b);
                bytes += b.length;
            }
        }
        System.out.printf("%d pages, %.1f MB, mean %.1f KB%n", pages.size(), bytes / 1e6, bytes / 1e3 / pages.size());
        Extractor extractor = Extractor.withDefaults();
        run("warm-up", pages, bytes, extractor);
        for (int i = 0; i < rounds; i++) run("plain text", pages, bytes, extractor);
    }

    private static void run(String label, List<byte[]> pages, long bytes, Extractor extractor) {
        long wall = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        int failed = 0, passes = 0;
        long cpuNs;
        do {
            failed = 0;
            for (byte[] b : pages) {
                try {
                    extractor.extract(new PageInput(null, b, "text/plain", null));
                } catch (ExtractionException e) {
                    failed++;
                }
            }
            passes++;
            cpuNs = THREADS.getCurrentThreadCpuTime() - cpu;
        } while (cpuNs < MIN_ROUND_CPU_NS);
        long wallNs = System.nanoTime() - wall;
        long done = (long) passes * pages.size();
        System.out.printf(
                "%-10s %5d pages x %d (%d no article)  %7.0f pages/s wall  %7.0f pages/CPU-s  %5.1f MB/CPU-s%n",
                label,
                pages.size(),
                passes,
                failed,
                done / (wallNs / 1e9),
                done / (cpuNs / 1e9),
                bytes * passes / 1e6 / (cpuNs / 1e9));
    }
}
