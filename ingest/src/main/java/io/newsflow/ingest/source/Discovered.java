package io.newsflow.ingest.source;

import io.newsflow.schema.PageSource;
import java.net.URI;
import java.util.Map;

/**
 * A URL a source found and wants crawled, with what the source said about it.
 *
 * @param url    normalised absolute URL
 * @param kind   what fetching it will yield: an article page, a feed, or a sitemap
 * @param source how the URL came in, carried to {@code RawPage.source}
 * @param meta   item title, date, feed or sitemap URL; carried to {@code RawPage.sourceMeta}
 */
public record Discovered(URI url, Kind kind, PageSource source, Map<String, String> meta) {

    public enum Kind {
        PAGE,
        FEED,
        SITEMAP
    }

    public Discovered {
        meta = Map.copyOf(meta);
    }

    public static Discovered seed(URI url) {
        return new Discovered(url, Kind.PAGE, PageSource.CRAWL, Map.of());
    }
}
