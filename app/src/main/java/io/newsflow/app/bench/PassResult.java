package io.newsflow.app.bench;

import java.util.Map;

/**
 * The figures of one benchmark pass.
 *
 * @param pages     pages published (acknowledged by the broker)
 * @param withheld  articles the sink accounted for without putting them on articles.clean (copies, unchanged)
 * @param drained   every page was accounted for before the timeout
 * @param cpuNanos  process CPU time over {@code meteredNanos}, which also covers connecting the publisher
 *                  and reading the last records, so it is a little longer than {@code wallNanos}
 * @param cpuByGroup CPU nanoseconds by thread group ({@link ThreadCpu}), in print order
 * @param changelogBytes bytes the stages' stores wrote to their changelog topics, by "stage/store"
 * @param steps     the stream threads' samples by step and bytes allocated, by stage ({@link StepProfile})
 * @param settleNanos how long the pass waited, before its clock started, for the JIT compilers to go quiet
 */
public record PassResult(
        BenchMode mode,
        String label,
        long pages,
        long inputBytes,
        long wallNanos,
        long p50Millis,
        long p99Millis,
        long peakHeapBytes,
        long cpuNanos,
        long gcMillis,
        long clean,
        long deadLetters,
        long withheld,
        boolean drained,
        Map<String, Long> cpuByGroup,
        long meteredNanos,
        Map<String, Long> changelogBytes,
        Map<String, StepProfile.Group> steps,
        long settleNanos) {

    /** Pages that went in and never came out; negative when more came out than went in. */
    public long lost() {
        return pages - clean - deadLetters - withheld;
    }

    public boolean nothingLost() {
        return drained && lost() == 0;
    }

    public double seconds() {
        return wallNanos / 1e9;
    }

    public double pagesPerSecond() {
        return pages / seconds();
    }

    public double megabytesPerSecond() {
        return inputBytes / 1e6 / seconds();
    }

    /** Share of all {@code cpus} the process used while metered. */
    public double cpuShare(int cpus) {
        return cpuNanos / (double) meteredNanos / cpus;
    }

    /** Articles that reached the sink: every page that did not become a dead letter in enrich or the sink. */
    public long articles() {
        return clean + withheld;
    }

    /** Changelog bytes per article of the stores whose name starts with {@code stage + "/"}. */
    public double changelogBytesPerArticle(String stage) {
        long sum = changelogBytes.entrySet().stream()
                .filter(e -> e.getKey().startsWith(stage + "/"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return articles() == 0 ? 0 : sum / (double) articles();
    }

    public boolean warmUp() {
        return label.equals(BenchPass.WARM_UP);
    }
}
