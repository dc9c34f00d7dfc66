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
 */
public record EnrichSettings(String rawTopic, String articlesTopic, String deadLetters, Duration pageBudget) {
    /** Dev-set pages take under 0.5 s on a loaded machine; a page over this is hostile or pathological. */
    public static final Duration DEFAULT_PAGE_BUDGET = Duration.ofSeconds(4);

    public EnrichSettings {
        Objects.requireNonNull(rawTopic, "rawTopic");
        Objects.requireNonNull(articlesTopic, "articlesTopic");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(pageBudget, "pageBudget");
    }

    public EnrichSettings(String rawTopic, String articlesTopic, String deadLetters) {
        this(rawTopic, articlesTopic, deadLetters, DEFAULT_PAGE_BUDGET);
    }

    public static EnrichSettings defaults() {
        return new EnrichSettings("pages.raw", "articles.enriched", "pages.dlq");
    }

    public EnrichSettings withPageBudget(Duration budget) {
        return new EnrichSettings(rawTopic, articlesTopic, deadLetters, budget);
    }
}
