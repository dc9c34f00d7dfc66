package io.newsflow.ingest.kafka;

import java.time.Duration;

/**
 * Where a running crawler stands, handed to the stop condition on every loop turn.
 *
 * @param pagesPublished pages this instance has committed to {@code pages.raw}
 * @param requestsDone   frontier requests this instance has finished (fetched, refused or skipped as done)
 * @param queued         requests waiting in this instance's politeness queues
 * @param inFlight       fetches running now
 * @param idle           time since anything last happened (a request arrived or a fetch ended)
 */
public record CrawlProgress(long pagesPublished, long requestsDone, int queued, int inFlight, Duration idle) {

    /** A stop condition: nothing queued or running and nothing happened for {@code quiet}. */
    public static java.util.function.Predicate<CrawlProgress> quietFor(Duration quiet) {
        return p -> p.queued() == 0 && p.inFlight() == 0 && p.idle().compareTo(quiet) >= 0;
    }
}
