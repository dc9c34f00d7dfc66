package io.newsflow.ingest.frontier;

import io.newsflow.ingest.source.Discovered;
import io.newsflow.schema.PageSource;
import java.net.URI;
import java.util.Map;

/**
 * One URL waiting in the frontier ({@code crawl.frontier}, key = politeness key).
 *
 * @param url     normalised URL to fetch
 * @param kind    page, feed or sitemap: decides accepted types and what is done with the body
 * @param source  how the URL came in (CRAWL, FEED, SITEMAP)
 * @param meta    what the source said about it, carried to {@code RawPage.sourceMeta}
 * @param depth   link depth from a seed
 * @param attempt retries already made after 5xx, 429 or timeouts
 * @param hops    redirects already followed to get here
 * @param origin  the URL first asked for when this request is a redirect target, else null
 */
public record CrawlRequest(
        URI url,
        Discovered.Kind kind,
        PageSource source,
        Map<String, String> meta,
        int depth,
        int attempt,
        int hops,
        URI origin) {

    /** Meta key of a page that is to be fetched again although it was fetched before (seed list: {@code refetch URL}). */
    public static final String REFETCH = "refetch";

    public CrawlRequest {
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    public static CrawlRequest of(Discovered d, int depth) {
        return new CrawlRequest(d.url(), d.kind(), d.source(), d.meta(), depth, 0, 0, null);
    }

    /** The URL the published page is keyed by: the first one asked for. */
    public URI requestedUrl() {
        return origin == null ? url : origin;
    }

    /** An explicit re-request: fetched again (conditionally) even when the history says done. */
    public boolean refetch() {
        return "true".equals(meta.get(REFETCH));
    }

    /** A fresh request for the same URL (a feed or sitemap due again). */
    public CrawlRequest again() {
        return new CrawlRequest(url, kind, source, meta, depth, 0, 0, null);
    }

    /** Meta key of a scheduled revisit of a page (see {@link PageRevisitSchedule}). */
    public static final String REVISIT = "revisit";

    /** A scheduled revisit of this page: fetched conditionally, published again only if it changed. */
    public CrawlRequest revisit() {
        java.util.Map<String, String> m = new java.util.HashMap<>(meta);
        m.put(REVISIT, "true");
        return new CrawlRequest(url, kind, source, m, depth, 0, 0, null);
    }

    public boolean scheduledRevisit() {
        return "true".equals(meta.get(REVISIT));
    }

    public CrawlRequest retry() {
        return new CrawlRequest(url, kind, source, meta, depth, attempt + 1, hops, origin);
    }

    public CrawlRequest redirectTo(URI target) {
        return new CrawlRequest(target, kind, source, meta, depth, 0, hops + 1, requestedUrl());
    }
}
