package io.newsflow.ingest.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A check every hop of a fetch must pass besides the SSRF guard (robots.txt, URL filters). Returning an
 * outcome refuses the hop with that outcome and reason.
 */
@FunctionalInterface
public interface HopCheck {

    record Denial(FetchOutcome outcome, String reason) {}

    Optional<Denial> check(URI hop);

    static HopCheck none() {
        return hop -> Optional.empty();
    }
}
