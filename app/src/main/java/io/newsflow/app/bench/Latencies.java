package io.newsflow.app.bench;

import java.util.Arrays;

/** Every latency of one pass in milliseconds, kept whole so percentiles are exact, not bucketed. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    int count() {
        return size;
    }

    /** The nearest-rank percentile ({@code p} in (0, 100]), or -1 when there is none. */
    long percentile(double p) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}
