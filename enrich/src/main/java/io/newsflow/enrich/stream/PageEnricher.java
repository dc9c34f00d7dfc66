package io.newsflow.enrich.stream;

import io.newsflow.enrich.Enricher;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.DeadLetters.Origin;
import io.newsflow.schema.RawPage;
import java.time.Clock;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * One raw record in, one outcome out, never an exception: the Kafka side of {@link Enricher}. It turns
 * bytes into a RawPage and a failure into a dead letter that carries the reason and the original bytes.
 */
final class PageEnricher {

    private final Deserializer<RawPage> pages;
    private final Enricher enricher;
    private final Clock clock;

    PageEnricher(Deserializer<RawPage> pages, Enricher enricher, Clock clock) {
        this.pages = pages;
        this.enricher = enricher;
        this.clock = clock;
    }

    PageOutcome enrich(Origin origin, byte[] key, byte[] value) {
        RawPage page;
        try {
            page = pages.deserialize(origin.topic(), value);
            if (page == null) {
                return failed(origin, key, value, null, "empty-record", "record has no value");
            }
        } catch (RuntimeException e) {
            return failed(origin, key, value, null, "undecodable-record", e.getMessage());
        }
        String url = page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        Enricher.Outcome outcome = enricher.enrich(page);
        if (outcome instanceof Enricher.Enriched e) return new PageOutcome.Enriched(e.article());
        Enricher.Failed f = (Enricher.Failed) outcome;
        return failed(origin, key, value, url, f.kind(), f.message());
    }

    private PageOutcome failed(Origin origin, byte[] key, byte[] value, String url, String kind, String message) {
        return new PageOutcome.Failed(
                DeadLetters.of(origin, "enrich", kind, message, url, key, value, clock.instant()));
    }
}
