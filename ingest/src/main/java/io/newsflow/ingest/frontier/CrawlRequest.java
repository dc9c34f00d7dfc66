package io.newsflow.ingest.frontier;

import io.newsflow.ingest.source.Discovered;
import io.newsflow.schema.PageSource;
import java.net.URI;
import java.util.HashMap;
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
        Map<String, String> m = new HashMap<>(meta);
        m.put(REVISIT, "true");
        return new CrawlRequest(url, kind, source, m, depth, 0, 0, null);
    }

    public boolean scheduledRevisit() {
        return "true".equals(meta.get(REVISIT));
    }

    /** The same URL as a {@code kind}: a seed whose response showed it to be a feed or sitemap. */
    public CrawlRequest as(Discovered.Kind newKind) {
        PageSource s = switch (newKind) {
            case FEED -> PageSource.FEED;
            case SITEMAP -> PageSource.SITEMAP;
            case PAGE -> source;
        };
        return new CrawlRequest(url, newKind, s, meta, depth, attempt, hops, origin);
    }

    /** A seed given without a kind: what it is, page, feed or sitemap, is learnt from its response. */
    public boolean kindFromResponse() {
        return kind == Discovered.Kind.PAGE && depth == 0 && "true".equals(meta.get(SEED_UNTYPED));
    }

    /** Meta key of a seed line without {@code feed}/{@code sitemap}/{@code refetch} before its URL. */
    public static final String SEED_UNTYPED = "seed.untyped";

    public CrawlRequest retry() {
        return new CrawlRequest(url, kind, source, meta, depth, attempt + 1, hops, origin);
    }

    public CrawlRequest redirectTo(URI target) {
        return new CrawlRequest(target, kind, source, meta, depth, 0, hops + 1, requestedUrl());
    }
}
