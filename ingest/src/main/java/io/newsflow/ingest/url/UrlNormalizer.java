package io.newsflow.ingest.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per page, so that the frontier, the history and the {@code pages.raw} key agree on what
 * "the same URL" is. crawler-commons does the work (case, default ports, dot segments, percent-encoding,
 * IDN, fragments); we add removal of tracking parameters that never change the page.
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
        String normal = normalizer.filter(url.strip());
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

    /** Resolves {@code href} against {@code base} (as a browser would) and normalises the result. */
    public Optional<URI> resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            // java.net.URL resolves the way browsers do for the odd cases (spaces, "//host" hrefs) that URI refuses
            return normalize(new java.net.URL(base.toURL(), href.strip()).toString());
        } catch (java.net.MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
