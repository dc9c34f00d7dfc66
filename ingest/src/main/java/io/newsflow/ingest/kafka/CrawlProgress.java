package io.newsflow.ingest.kafka;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Where a running crawler stands, handed to the stop condition on every loop turn.
 *
 * @param pagesPublished pages this instance has committed to {@code pages.raw}
 * @param requestsDone   frontier requests this instance has finished (fetched, refused or skipped as done)
 * @param queued         requests waiting in this instance's politeness queues
 * @param queuedKeys     politeness keys (hosts or domains) those requests wait for
 * @param inFlight       fetches running now
 * @param idle           time since anything last happened (a request arrived or a fetch ended)
 */
public record CrawlProgress(
        long pagesPublished, long requestsDone, int queued, int queuedKeys, int inFlight, Duration idle) {

    /**
     * A stop condition: no fetch running and nothing happened for {@code quiet}. Requests may still be
     * queued behind long waits (Crawl-delay, robots back-off); they stay uncommitted in the frontier and
     * the next run takes them up. Choose {@code quiet} longer than the politeness delay.
     */
    public static Predicate<CrawlProgress> quietFor(Duration quiet) {
        return p -> p.inFlight() == 0 && p.idle().compareTo(quiet) >= 0;
    }
}
