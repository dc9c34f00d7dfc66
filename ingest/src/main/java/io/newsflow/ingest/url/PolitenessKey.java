package io.newsflow.ingest.url;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;

/**
 * The unit of politeness: all requests with the same key share one delay and belong to one crawler
 * instance (it is the {@code crawl.frontier} record key). By host by default; by registrable domain
 * when one publisher spreads over many subdomains (a.example.com and b.example.com then wait for each other).
 */
public final class PolitenessKey {

    private final boolean byRegistrableDomain;

    public PolitenessKey(boolean byRegistrableDomain) {
        this.byRegistrableDomain = byRegistrableDomain;
    }

    public String of(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!byRegistrableDomain || host.startsWith("[") || Character.isDigit(host.charAt(host.length() - 1))) {
            return host; // IP literals have no registrable domain
        }
        String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
        return domain == null || domain.isEmpty() ? host : domain;
    }
}
