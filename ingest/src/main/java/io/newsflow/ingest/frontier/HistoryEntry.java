package io.newsflow.ingest.frontier;

import io.newsflow.ingest.source.Discovered;

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
        String detail) {

    public HistoryEntry withRevisit(java.time.Duration interval) {
        return new HistoryEntry(
                url, fetchedAtMs, status, outcome, kind, done, etag, lastModified, interval.toMillis(), detail);
    }
}
