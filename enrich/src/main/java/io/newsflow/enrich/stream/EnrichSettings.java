package io.newsflow.enrich.stream;

import java.util.Objects;

/**
 * What the enrich topology needs to know: where to read and where to write.
 *
 * @param rawTopic      RawPage records in (pages.raw)
 * @param articlesTopic Article records out (articles.enriched)
 * @param deadLetters   DeadLetter records out (pages.dlq)
 */
public record EnrichSettings(String rawTopic, String articlesTopic, String deadLetters) {
    public EnrichSettings {
        Objects.requireNonNull(rawTopic, "rawTopic");
        Objects.requireNonNull(articlesTopic, "articlesTopic");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    public static EnrichSettings defaults() {
        return new EnrichSettings("pages.raw", "articles.enriched", "pages.dlq");
    }
}
