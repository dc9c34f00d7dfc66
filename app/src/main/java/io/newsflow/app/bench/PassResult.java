package io.newsflow.app.bench;

/**
 * The figures of one benchmark pass.
 *
 * @param pages     pages published (acknowledged by the broker)
 * @param withheld  articles the sink accounted for without putting them on articles.clean (copies, unchanged)
 * @param drained   every page was accounted for before the timeout
 * @param cpuByGroup CPU nanoseconds by thread group ({@link ThreadCpu}), in print order
 */
public record PassResult(BenchMode mode, String label, long pages, long inputBytes, long wallNanos,
                         long p50Millis, long p99Millis, long peakHeapBytes, long cpuNanos, long gcMillis,
                         long clean, long deadLetters, long withheld, boolean drained,
                         java.util.Map<String, Long> cpuByGroup) {

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

    public boolean warmUp() {
        return label.equals(BenchPass.WARM_UP);
    }
}
