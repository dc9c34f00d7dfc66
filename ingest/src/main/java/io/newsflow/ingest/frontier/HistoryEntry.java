package io.newsflow.ingest.frontier;

import io.newsflow.ingest.source.Discovered;
import java.time.Duration;

/**
 * What the crawler last did with a URL ({@code crawl.history}, compacted, key = URL). A restarted crawler
 * reads these back: {@code done} URLs are not fetched again (feeds and sitemaps after a revisit interval).
 *
 * @param url          the URL
 * @param fetchedAtMs  when the fetch ended, epoch millis
 * @param status       HTTP status, 0 when no response
 * @param outcome      fetch outcome tag (2xx, robots-denied, ...)
 * @param kind         page, feed or sitemap
 * @param done         false while a retry is still pending
 * @param etag         ETag of the response, for conditional refetch
 * @param lastModified Last-Modified of the response
 * @param revisitMs    feeds and sitemaps: the adaptive re-poll interval chosen after this fetch (0 = not set)
 * @param detail       why the URL ended as it did when no response says it (a refused address, a filter), or null
 * @param firstFetchedAtMs pages: when the page was first fetched, epoch millis (its revisits are timed from it)
 * @param contentHash  pages: hash of the body last published, to tell a changed page from an unchanged one
 * @param unchanged    pages: revisits in a row that found the page unchanged
 */
public record HistoryEntry(
        String url,
        long fetchedAtMs,
        int status,
        String outcome,
        Discovered.Kind kind,
        boolean done,
        String etag,
        String lastModified,
        long revisitMs,
        String detail,
        long firstFetchedAtMs,
        String contentHash,
        int unchanged) {

    public HistoryEntry withRevisit(Duration interval) {
        return new HistoryEntry(
                url,
                fetchedAtMs,
                status,
                outcome,
                kind,
                done,
                etag,
                lastModified,
                interval.toMillis(),
                detail,
                firstFetchedAtMs,
                contentHash,
                unchanged);
    }

    /** This entry as a revisit of a page first fetched at {@code firstMs}, its content and unchanged count set. */
    public HistoryEntry asRevisit(long firstMs, String hash, int unchangedInARow) {
        return new HistoryEntry(
                url,
                fetchedAtMs,
                status,
                outcome,
                kind,
                done,
                etag,
                lastModified,
                revisitMs,
                detail,
                firstMs,
                hash,
                unchangedInARow);
    }
}
