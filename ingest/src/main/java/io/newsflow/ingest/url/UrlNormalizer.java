package io.newsflow.ingest.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per page, so that the frontier, the history and the {@code pages.raw} key agree on what
 * "the same URL" is. crawler-commons does the work (case, default ports, dot segments, percent-encoding,
 * IDN, fragments); we add removal of tracking parameters that never change the page.
 *
 * <p>crawler-commons 1.6 still finds the query of a path that holds percent-encoded unreserved characters
 * ({@code /p%2d1/?q=f}) at the wrong place, because it unescapes them (shortening the string) before it
 * uses the index (crawler-commons#559, fixed by #585 after 1.6). We unescape those characters in the path
 * first, which the normaliser would do anyway, so that its index stays right; drop this when a release
 * carries #585.
 */
public final class UrlNormalizer {

    private static final Set<String> TRACKING = Set.of(
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_term",
            "utm_content",
            "fbclid",
            "gclid",
            "mc_cid",
            "mc_eid");

    private final BasicURLNormalizer normalizer =
            BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING).build();

    /** The normal form of {@code url}, or empty when it is not an absolute http(s) URL crawler-commons accepts. */
    public Optional<URI> normalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String normal;
        try {
            normal = normalizer.filter(unescapeUnreservedInPath(url.strip()));
        } catch (RuntimeException e) {
            return Optional.empty(); // a URL the normaliser cannot parse is one we cannot key reliably
        }
        if (normal == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(normal);
            return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code %41}-style escapes of ALPHA / DIGIT / - . _ ~ in the path replaced by the character (RFC 3986 6.2.2.2). */
    static String unescapeUnreservedInPath(String url) {
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (pathStart < 0 || url.indexOf('%', pathStart) < 0) {
            return url;
        }
        int pathEnd = pathStart;
        while (pathEnd < url.length() && url.charAt(pathEnd) != '?' && url.charAt(pathEnd) != '#') {
            pathEnd++;
        }
        StringBuilder out = new StringBuilder(url.length()).append(url, 0, pathStart);
        for (int i = pathStart; i < pathEnd; i++) {
            char c = url.charAt(i);
            int hi = i + 2 < pathEnd && c == '%' ? Character.digit(url.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(url.charAt(i + 2), 16);
            char decoded = (char) (hi * 16 + lo);
            if (lo >= 0 && isUnreserved(decoded)) {
                out.append(decoded);
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.append(url, pathEnd, url.length()).toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    /** Resolves {@code href} against {@code base} (as a browser would) and normalises the result. */
    public Optional<URI> resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            // java.net.URL resolves the way browsers do for the odd cases (spaces, "//host" hrefs) that URI refuses
            return normalize(new URL(base.toURL(), href.strip()).toString());
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
