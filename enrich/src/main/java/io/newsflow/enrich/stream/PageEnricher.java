package io.newsflow.enrich.stream;

import io.newsflow.enrich.Enricher;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.DeadLetters.Origin;
import io.newsflow.schema.RawPage;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * One raw record in, one outcome out, never an exception: the Kafka side of {@link Enricher}. It turns
 * bytes into a RawPage and a failure into a dead letter that carries the reason and the original bytes.
 */
final class PageEnricher {

    private final Deserializer<RawPage> pages;
    private final Enricher enricher;
    private final Clock clock;
    private final RecordFit fit;

    PageEnricher(Deserializer<RawPage> pages, Enricher enricher, Clock clock, int maxRecordBytes) {
        this.pages = pages;
        this.enricher = enricher;
        this.fit = new RecordFit(maxRecordBytes);
        this.clock = clock;
    }

    PageOutcome enrich(Origin origin, byte[] key, byte[] value) {
        PageOutcome outcome = enrichAsIs(origin, key, value);
        try {
            return fit.fit(outcome);
        } catch (RecordFit.TooLarge e) {
            return fit.fit(failed(origin, key, value, url(outcome), "too-large", e.getMessage()));
        }
    }

    private static String url(PageOutcome outcome) {
        return outcome instanceof PageOutcome.Enriched e ? e.article().getUrl() : null;
    }

    private PageOutcome enrichAsIs(Origin origin, byte[] key, byte[] value) {
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

    /** The dead letter of a page that did not finish within its budget, with its bytes. */
    PageOutcome tooSlow(Origin origin, byte[] key, byte[] value, Duration budget) {
        String url = null;
        try {
            RawPage page = pages.deserialize(origin.topic(), value);
            url = page == null ? null : page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        } catch (RuntimeException e) {
            // Only the URL was wanted; the dead letter carries the bytes either way.
        }
        return fit.fit(failed(
                origin,
                key,
                value,
                url,
                "too-slow",
                "not done within the page budget of " + budget.toMillis() + " ms"));
    }

    /** Loads the tagger's model now, so that its seconds of loading do not count against a page's budget. */
    void warmUp() {
        enricher.warmUp();
    }

    private PageOutcome failed(Origin origin, byte[] key, byte[] value, String url, String kind, String message) {
        return new PageOutcome.Failed(
                DeadLetters.of(origin, "enrich", kind, message, url, key, value, clock.instant()));
    }
}
