package io.newsflow.enrich.bench;

import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A/B of two (or more) builds of the enrich classes in one JVM and one thread, passes interleaved (A B, B A, ...),
 * timed in CPU time of the thread. On a shared two-core machine separate runs differ by 30% with the load; passes
 * side by side in one process see the same load, so their ratio holds. Each directory holds compiled main classes
 * and resources (e.g. {@code javac -d /tmp/a ...} plus a copy of enrich/src/main/resources); the classpath must
 * hold the libraries but not enrich/target/classes, so each build is loaded from its own directory.
 * <pre>java -cp enrich/target/test-classes:$(cat /tmp/extract-cp.txt) io.newsflow.enrich.bench.ExtractAB \
 *   ../shared/extraction-dev 4 /tmp/classes-before /tmp/classes-after</pre>
 */
public final class ExtractAB {
    public static void main(String[] args) throws Throwable {
        // Not DevSetPredictions' helpers: loading that class would pull the extractor onto this class loader.
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html.gz"))
                    .sorted()
                    .toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        int rounds = Integer.parseInt(args[1]), n = args.length - 2;
        Object[] extractor = new Object[n];
        MethodHandle[] extract = new MethodHandle[n], input = new MethodHandle[n];
        for (int i = 0; i < n; i++) {
            ClassLoader cl = new URLClassLoader(
                    new URL[] {Path.of(args[i + 2]).toUri().toURL()}, ExtractAB.class.getClassLoader());
            Class<?> e = Class.forName("io.newsflow.enrich.extract.Extractor", true, cl);
            Class<?> p = Class.forName("io.newsflow.enrich.extract.PageInput", true, cl);
            extractor[i] = e.getMethod("withDefaults").invoke(null);
            extract[i] = MethodHandles.lookup().unreflect(e.getMethod("extract", p));
            input[i] = MethodHandles.lookup()
                    .unreflectConstructor(p.getConstructor(String.class, byte[].class, String.class, String.class));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] ms = new double[n][rounds];
        for (int r = -1; r < rounds; r++) { // round -1 warms every build up
            for (int j = 0; j < n; j++) {
                int k = Math.floorMod(r, 2) == 0 ? j : n - 1 - j;
                long cpu = threads.getCurrentThreadCpuTime(), wall = System.nanoTime();
                for (byte[] b : pages) {
                    try {
                        extract[k].invoke(extractor[k], input[k].invoke(null, b, "text/html", null));
                    } catch (Exception typedFailure) {
                        // empty or binary pages: counted in the time like in ExtractBench
                    }
                }
                double c = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / pages.size();
                if (r >= 0) ms[k][r] = c;
                System.out.printf(
                        "round %d %s: %.3f CPU ms/page (wall %.3f)%n",
                        r, args[k + 2], c, (System.nanoTime() - wall) / 1e6 / pages.size());
            }
        }
        for (int i = 0; i < n; i++) {
            double[] v = ms[i].clone();
            Arrays.sort(v);
            System.out.printf("%s: min %.3f median %.3f CPU ms/page%n", args[i + 2], v[0], v[v.length / 2]);
        }
    }
}
