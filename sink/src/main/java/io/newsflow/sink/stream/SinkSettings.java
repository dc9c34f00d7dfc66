package io.newsflow.sink.stream;

import java.util.Objects;

/**
 * Where the sink reads and writes.
 *
 * @param enrichedTopic articles from enrich (articles.enriched)
 * @param cleanTopic    every new article or version (articles.clean)
 * @param latestTopic   compacted, latest version per id (articles.latest)
 * @param deadLetters   records the sink cannot read (pages.dlq)
 */
public record SinkSettings(String enrichedTopic, String cleanTopic, String latestTopic, String deadLetters) {
    public SinkSettings {
        Objects.requireNonNull(enrichedTopic, "enrichedTopic");
        Objects.requireNonNull(cleanTopic, "cleanTopic");
        Objects.requireNonNull(latestTopic, "latestTopic");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    public static SinkSettings defaults() {
        return new SinkSettings("articles.enriched", "articles.clean", "articles.latest", "pages.dlq");
    }
}
