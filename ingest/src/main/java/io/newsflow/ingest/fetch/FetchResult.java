package io.newsflow.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one fetch (with its redirect hops) produced.
 *
 * @param requestedUrl    the URL asked for
 * @param finalUrl        the URL of the last hop (equals requestedUrl without redirects)
 * @param outcome         how it ended
 * @param status          HTTP status of the last response, 0 when none arrived
 * @param headers         response headers, names lower-cased, repeats joined with ", "
 * @param contentType     media type without parameters, lower-cased, or null
 * @param declaredCharset charset parameter of Content-Type, or null
 * @param body            decompressed body, possibly truncated; empty unless outcome is OK
 * @param truncated       body was cut at the size limit
 * @param fetchedAt       when the response ended
 * @param retryAfter      Retry-After of a 429/503, or null
 * @param redirectTo      Location of an unfollowed redirect (crawler mode), or null
 * @param detail          why, for logs (refusal reason, exception message), or null
 */
public record FetchResult(
        URI requestedUrl,
        URI finalUrl,
        FetchOutcome outcome,
        int status,
        Map<String, String> headers,
        String contentType,
        String declaredCharset,
        byte[] body,
        boolean truncated,
        Instant fetchedAt,
        Duration retryAfter,
        URI redirectTo,
        String detail) {

    public FetchResult {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    static FetchResult refused(URI requested, URI hop, FetchOutcome outcome, String why) {
        return new FetchResult(
                requested, hop, outcome, 0, Map.of(), null, null, null, false, Instant.now(), null, null, why);
    }

    /** This response ended as {@code other} after all (its body was not what was asked for), without the body. */
    public FetchResult as(FetchOutcome other, String why) {
        return new FetchResult(
                requestedUrl,
                finalUrl,
                other,
                status,
                headers,
                contentType,
                declaredCharset,
                null,
                false,
                fetchedAt,
                retryAfter,
                null,
                why);
    }

    public boolean isOk() {
        return outcome == FetchOutcome.OK;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
