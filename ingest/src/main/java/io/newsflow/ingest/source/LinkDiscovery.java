package io.newsflow.ingest.source;

import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a fetched HTML page points to: feeds it advertises with {@code <link rel="alternate">} and, for
 * crawling deeper, its same-host article links. Parsed by Jsoup, which honours {@code <base href>}.
 */
public final class LinkDiscovery {

    /**
     * RSS, Atom and JSON Feed. Not plain application/json: WordPress advertises its REST API that way on
     * every page, and a feed URL per article would waste a request each.
     */
    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml",
            "application/atom+xml",
            "application/rss",
            "application/atom",
            "text/xml",
            "application/xml",
            "application/feed+json");

    private final UrlNormalizer normalizer = new UrlNormalizer();

    public record Links(List<Discovered> feeds, List<Discovered> pages) {}

    public Links find(byte[] html, String charset, URI pageUrl) {
        Document doc = Jsoup.parse(new String(html, charsetOr(charset)), pageUrl.toString());
        Map<URI, Discovered> feeds = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            boolean alternate = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (alternate && FEED_TYPES.contains(type)) {
                normalizer
                        .normalize(link.absUrl("href"))
                        .ifPresent(u -> feeds.putIfAbsent(
                                u,
                                new Discovered(
                                        u,
                                        Discovered.Kind.FEED,
                                        PageSource.FEED,
                                        Map.of("feed.discoveredOn", pageUrl.toString()))));
            }
        }
        Map<URI, Discovered> pages = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue; // the site asked us not to follow it
            }
            normalizer
                    .normalize(a.absUrl("href"))
                    .filter(u -> u.getHost().equalsIgnoreCase(pageUrl.getHost()) && !u.equals(pageUrl))
                    .ifPresent(u -> pages.putIfAbsent(
                            u,
                            new Discovered(
                                    u,
                                    Discovered.Kind.PAGE,
                                    PageSource.CRAWL,
                                    Map.of("link.from", pageUrl.toString()))));
        }
        return new Links(List.copyOf(feeds.values()), List.copyOf(pages.values()));
    }

    private static Charset charsetOr(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
