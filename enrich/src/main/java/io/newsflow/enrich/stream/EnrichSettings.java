package io.newsflow.enrich.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * What the enrich topology needs to know: where to read and where to write.
 *
 * @param rawTopic      RawPage records in (pages.raw)
 * @param articlesTopic Article records out (articles.enriched)
 * @param deadLetters   DeadLetter records out (pages.dlq)
 * @param pageBudget    longest one page may take before it becomes a {@code too-slow} dead letter; well
 *                      inside the Streams transaction timeout, or a slow page gets the producer fenced
 * @param maxRecordBytes the record limit of the output topics; articles are cut to fit it
 */
public record EnrichSettings(
        String rawTopic, String articlesTopic, String deadLetters, Duration pageBudget, int maxRecordBytes) {
    /** Dev-set pages take at most 2.1 s (median 0.18 s) on a 2-core machine at load 12; over this is hostile. */
    public static final Duration DEFAULT_PAGE_BUDGET = Duration.ofSeconds(5);

    /** Kafka's default record limit. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

    public EnrichSettings {
        Objects.requireNonNull(rawTopic, "rawTopic");
        Objects.requireNonNull(articlesTopic, "articlesTopic");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(pageBudget, "pageBudget");
        if (maxRecordBytes < 2 * RecordFit.HEADROOM) throw new IllegalArgumentException("maxRecordBytes too small");
    }

    public EnrichSettings(String rawTopic, String articlesTopic, String deadLetters) {
        this(rawTopic, articlesTopic, deadLetters, DEFAULT_PAGE_BUDGET, DEFAULT_MAX_RECORD_BYTES);
    }

    public static EnrichSettings defaults() {
        return new EnrichSettings("pages.raw", "articles.enriched", "pages.dlq");
    }

    public EnrichSettings withPageBudget(Duration budget) {
        return new EnrichSettings(rawTopic, articlesTopic, deadLetters, budget, maxRecordBytes);
    }

    public EnrichSettings withMaxRecordBytes(int bytes) {
        return new EnrichSettings(rawTopic, articlesTopic, deadLetters, pageBudget, bytes);
    }
}
