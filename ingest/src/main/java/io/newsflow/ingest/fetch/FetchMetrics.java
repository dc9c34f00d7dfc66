package io.newsflow.ingest.fetch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counters {@code newsflow.ingest.fetch{outcome=2xx|3xx|not-modified|timeout|...}}, one per outcome (the
 * per-status accounting, errors by kind included), body bytes kept, and a fetch timer. In Prometheus:
 * {@code newsflow_ingest_fetch_total}, {@code newsflow_ingest_fetch_bytes_total}, {@code newsflow_ingest_fetch_duration_seconds}.
 */
public final class FetchMetrics {

    private final Map<FetchOutcome, Counter> counters = new EnumMap<>(FetchOutcome.class);
    private final Counter truncated;
    private final Counter bytes;
    private final Timer duration;

    public FetchMetrics(MeterRegistry registry) {
        for (FetchOutcome o : FetchOutcome.values()) {
            counters.put(
                    o,
                    Counter.builder("newsflow.ingest.fetch")
                            .tag("outcome", o.tag())
                            .description("fetches by outcome")
                            .register(registry));
        }
        truncated = Counter.builder("newsflow.ingest.fetch.truncated")
                .description("bodies cut at the size limit (also counted as too-large)")
                .register(registry);
        bytes = Counter.builder("newsflow.ingest.fetch.bytes")
                .baseUnit("bytes")
                .description("body bytes kept, after decompression")
                .register(registry);
        duration = Timer.builder("newsflow.ingest.fetch.duration").register(registry);
    }

    void record(FetchResult result, Duration took) {
        counters.get(result.outcome()).increment();
        bytes.increment(result.body().length);
        if (result.truncated()) {
            truncated.increment();
            counters.get(FetchOutcome.TOO_LARGE).increment();
        }
        duration.record(took);
    }

    /** For tests and the benchmark: how many fetches ended with {@code outcome}. */
    public double count(FetchOutcome outcome) {
        return counters.get(outcome).count();
    }
}
