package io.newsflow.ingest.crawl;

import io.newsflow.ingest.source.Discovered;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a seed given without a kind turned out to be, by its response: the root element of an XML body
 * ({@code rss}, {@code rdf:RDF}, {@code feed} → feed; {@code urlset}, {@code sitemapindex} → sitemap), a
 * JSON Feed's version URL, or a gzip body (a compressed sitemap). A URL's path ("/feed", "sitemap") says
 * nothing: "/news/feedback-on-the-budget" is an article.
 */
final class KindSniffer {

    private KindSniffer() {}

    static Optional<Discovered.Kind> of(String contentType, byte[] body) {
        if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            return Optional.of(Discovered.Kind.SITEMAP);
        }
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (contentType != null && contentType.contains("json")) {
            return head.contains("jsonfeed.org/version") ? Optional.of(Discovered.Kind.FEED) : Optional.empty();
        }
        String root = rootElement(head);
        return switch (root) {
            case "rss", "rdf:rdf", "feed" -> Optional.of(Discovered.Kind.FEED);
            case "urlset", "sitemapindex" -> Optional.of(Discovered.Kind.SITEMAP);
            default -> Optional.empty();
        };
    }

    /** The name of the first element that is not a declaration, processing instruction or comment. */
    private static String rootElement(String xml) {
        int i = 0;
        while ((i = xml.indexOf('<', i)) >= 0 && i + 1 < xml.length()) {
            char c = xml.charAt(i + 1);
            if (c == '?' || c == '!') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < xml.length()
                    && !Character.isWhitespace(xml.charAt(end))
                    && xml.charAt(end) != '>'
                    && xml.charAt(end) != '/') {
                end++;
            }
            return xml.substring(i + 1, end);
        }
        return "";
    }
}
