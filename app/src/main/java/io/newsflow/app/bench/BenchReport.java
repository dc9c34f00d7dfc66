package io.newsflow.app.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** Prints the passes as a table, then the full-to-pass-through ratio and the loss check. */
public final class BenchReport {

    /** What the issue asks of the full pipeline. */
    static final double MIN_RATIO = 0.5;

    static final double MIN_PAGES_PER_SECOND = 200;

    private static final String HEADER = "%-12s %-7s %6s %7s %7s %8s %6s %7s %7s %9s %7s %5s %6s %6s %5s %8s %5s%n";
    private static final String ROW =
            "%-12s %-7s %6d %7.1f %7.2f %8.1f %6.2f %7d %7d %9.0f %7.1f %4.0f%% %6d %6d %5d %8d %5d%n";

    private final PrintStream out;
    private final int cpus;

    public BenchReport(PrintStream out, int cpus) {
        this.out = out;
        this.cpus = cpus;
    }

    public void table(List<PassResult> passes) {
        out.printf(
                HEADER,
                "mode",
                "pass",
                "pages",
                "in MB",
                "wall s",
                "pages/s",
                "MB/s",
                "p50 ms",
                "p99 ms",
                "heap MB",
                "CPU s",
                "CPU",
                "GC ms",
                "clean",
                "dead",
                "withheld",
                "lost");
        for (PassResult p : passes) {
            out.printf(
                    ROW,
                    p.mode().label(),
                    p.label(),
                    p.pages(),
                    p.inputBytes() / 1e6,
                    p.seconds(),
                    p.pagesPerSecond(),
                    p.megabytesPerSecond(),
                    p.p50Millis(),
                    p.p99Millis(),
                    p.peakHeapBytes() / 1048576.0,
                    p.cpuNanos() / 1e9,
                    100 * p.cpuShare(cpus),
                    p.gcMillis(),
                    p.clean(),
                    p.deadLetters(),
                    p.withheld(),
                    p.lost());
        }
        out.println("(wall: first publish to last record on articles.clean/pages.dlq; latency: fetchedAt to sinkAt;"
                + " heap: sampled peak of the whole process; CPU %: of all " + cpus
                + " CPUs; warm-up passes are not in the ratio)");
        out.println("CPU seconds by thread group:");
        for (PassResult p : passes) {
            StringBuilder line =
                    new StringBuilder(String.format("  %-12s %-7s", p.mode().label(), p.label()));
            p.cpuByGroup().forEach((group, nanos) -> line.append(String.format("  %s %.1f", group, nanos / 1e9)));
            out.println(line);
        }
    }

    /**
     * The CPU each page cost, by where it went: the stream threads' time split by step (flight-recorder samples),
     * then the broker, the clients, and the JIT, GC and native remainder; and the stream threads' allocation.
     */
    public void budget(List<PassResult> passes) {
        out.println("CPU per page, ms (stream threads by step from 10 ms samples; allocation per page):");
        for (PassResult p : passes) {
            if (p.pages() == 0) {
                continue;
            }
            out.printf(
                    "  %-12s %-7s total %.1f ms/page%n", p.mode().label(), p.label(), p.cpuNanos() / 1e6 / p.pages());
            p.steps().forEach((stage, g) -> {
                double stageMs = p.cpuByGroup().getOrDefault(stage, 0L) / 1e6 / p.pages();
                StringBuilder line = new StringBuilder(String.format(
                        "    %-7s %5.1f ms, %5.1f MB allocated:",
                        stage, stageMs, g.allocatedBytes() / 1e6 / p.pages()));
                g.shareByStep()
                        .forEach((step, share) -> line.append(String.format(" %s %.2f;", step, share * stageMs)));
                out.println(line);
            });
            StringBuilder rest = new StringBuilder("    rest   ");
            p.cpuByGroup().forEach((group, nanos) -> {
                if (!p.steps().containsKey(group)) {
                    rest.append(String.format(" %s %.2f;", group, nanos / 1e6 / p.pages()));
                }
            });
            out.println(rest);
        }
    }

    /** What each pass's state stores wrote to the broker, per article that reached the sink. */
    public void changelog(List<PassResult> passes) {
        out.println("Changelog bytes per article (state stores' writes to the broker):");
        for (PassResult p : passes) {
            StringBuilder line = new StringBuilder(String.format(
                    "  %-12s %-7s  enrich %.0f  sink %.0f  (",
                    p.mode().label(),
                    p.label(),
                    p.changelogBytesPerArticle("enrich"),
                    p.changelogBytesPerArticle("sink")));
            p.changelogBytes()
                    .forEach((store, bytes) -> line.append(
                            String.format(" %s %.0f", store, p.articles() == 0 ? 0.0 : bytes / (double) p.articles())));
            out.println(line.append(" )"));
        }
    }

    /** The median throughput of each mode's measured passes, and the ratio when both ran. */
    public void ratio(List<PassResult> passes) {
        Optional<Double> full = median(passes, BenchMode.FULL);
        Optional<Double> base = median(passes, BenchMode.PASS_THROUGH);
        if (full.isPresent() && base.isPresent()) {
            double ratio = full.get() / base.get();
            out.printf(
                    "ratio: full pipeline %.1f pages/s = %.0f%% of pass-through %.1f pages/s (bars: ≥ %.0f%% %s, ≥ %.0f pages/s %s)%n",
                    full.get(),
                    100 * ratio,
                    base.get(),
                    100 * MIN_RATIO,
                    mark(ratio >= MIN_RATIO),
                    MIN_PAGES_PER_SECOND,
                    mark(full.get() >= MIN_PAGES_PER_SECOND));
        } else {
            full.or(() -> base).ifPresent(v -> out.printf("%.1f pages/s (median of the measured passes)%n", v));
        }
    }

    /** Prints the loss check and returns whether every page of every pass was accounted for. */
    public boolean nothingLost(List<PassResult> passes) {
        List<PassResult> bad = passes.stream().filter(p -> !p.nothingLost()).toList();
        if (bad.isEmpty()) {
            out.println("nothing lost: in every pass, pages in = clean articles + dead letters + withheld copies");
            return true;
        }
        for (PassResult p : bad) {
            out.printf(
                    "LOST in %s %s: %d pages in, %d clean + %d dead letters + %d withheld%s%n",
                    p.mode().label(),
                    p.label(),
                    p.pages(),
                    p.clean(),
                    p.deadLetters(),
                    p.withheld(),
                    p.drained() ? "" : " (timed out)");
        }
        return false;
    }

    private static Optional<Double> median(List<PassResult> passes, BenchMode mode) {
        double[] v = passes.stream()
                .filter(p -> p.mode() == mode && !p.warmUp())
                .mapToDouble(PassResult::pagesPerSecond)
                .sorted()
                .toArray();
        if (v.length == 0) {
            return Optional.empty();
        }
        return Optional.of(v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
    }

    private static String mark(boolean met) {
        return met ? "met" : "NOT met";
    }
}
