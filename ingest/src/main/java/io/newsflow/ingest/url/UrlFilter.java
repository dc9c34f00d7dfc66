package io.newsflow.ingest.url;

import java.net.URI;
import java.util.Optional;

/**
 * One rule about which URLs the crawler may queue. Filters are small, stateless, and chained by
 * {@link UrlFilterChain}; a site quirk becomes one more filter, not a branch in the crawler.
 */
@FunctionalInterface
public interface UrlFilter {

    /** Why {@code url} is refused, or empty when this filter lets it through. */
    Optional<String> reject(URI url);
}
