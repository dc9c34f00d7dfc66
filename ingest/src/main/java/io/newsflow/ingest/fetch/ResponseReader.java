package io.newsflow.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/** Turns one HTTP response into a {@link FetchResult}: headers, redirect target, type check, body within limits. */
final class ResponseReader {

    private final URI requested;
    private final URI hop;
    private final HttpResponse<InputStream> response;
    private final BodyReader bodies;

    ResponseReader(URI requested, URI hop, HttpResponse<InputStream> response, BodyReader bodies) {
        this.requested = requested;
        this.hop = hop;
        this.response = response;
        this.bodies = bodies;
    }

    FetchResult read(
            Set<String> accepted, BiFunction<InputStream, Instant, ScheduledFuture<?>> closeAt, Instant deadline) {
        int status = response.statusCode();
        Map<String, String> headers = headers(response);
        String[] type = mediaType(headers.get("content-type"));
        FetchOutcome outcome = FetchOutcome.ofStatus(status);
        if (outcome != FetchOutcome.OK) {
            quietlyClose(response.body());
            Duration retryAfter = (status == 429 || status == 503) ? retryAfter(headers.get("retry-after")) : null;
            URI location = location(status, headers);
            String detail =
                    outcome == FetchOutcome.REDIRECT && location == null ? "redirect without usable Location" : null;
            return result(status, headers, type, new byte[0], false, outcome, retryAfter, location, detail);
        }
        if (!accepted.isEmpty() && type[0] != null && !accepted.contains(type[0])) {
            quietlyClose(response.body());
            return withoutBody(status, headers, type, FetchOutcome.NOT_HTML, "content type " + type[0]);
        }
        return readBody(status, headers, type, closeAt, deadline);
    }

    /** A redirect's target resolved against the hop, or null when there is none or it is not a usable URL. */
    private URI location(int status, Map<String, String> headers) {
        if (status < 300 || status >= 400 || !headers.containsKey("location")) {
            return null;
        }
        try {
            return new URL(hop.toURL(), headers.get("location").strip()).toURI();
        } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private FetchResult readBody(
            int status,
            Map<String, String> headers,
            String[] type,
            BiFunction<InputStream, Instant, ScheduledFuture<?>> closeAt,
            Instant deadline) {
        InputStream in = response.body();
        ScheduledFuture<?> timer = closeAt.apply(in, deadline);
        try {
            BodyReader.Body body = bodies.read(in, headers.get("content-encoding"));
            return result(status, headers, type, body.bytes(), body.truncated(), FetchOutcome.OK, null, null, null);
        } catch (BodyReader.BombException e) {
            return withoutBody(status, headers, type, FetchOutcome.TOO_LARGE, e.getMessage());
        } catch (IOException e) {
            // the deadline's closer is due (it may fire a millisecond before the deadline, as its delay is rounded)
            boolean late =
                    timer.getDelay(TimeUnit.MILLISECONDS) <= 0 || !Instant.now().isBefore(deadline);
            return late
                    ? withoutBody(
                            status,
                            headers,
                            type,
                            FetchOutcome.TIMEOUT,
                            "body not complete within the total fetch time")
                    : withoutBody(status, headers, type, FetchOutcome.ERROR, e.getMessage());
        } finally {
            timer.cancel(false);
            quietlyClose(in);
        }
    }

    private FetchResult withoutBody(
            int status, Map<String, String> headers, String[] type, FetchOutcome outcome, String detail) {
        return result(status, headers, type, new byte[0], false, outcome, null, null, detail);
    }

    private FetchResult result(
            int status,
            Map<String, String> headers,
            String[] type,
            byte[] body,
            boolean truncated,
            FetchOutcome outcome,
            Duration retryAfter,
            URI location,
            String detail) {
        return new FetchResult(
                requested,
                hop,
                outcome,
                status,
                headers,
                type[0],
                type[1],
                body,
                truncated,
                Instant.now(),
                retryAfter,
                location,
                detail);
    }

    static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : response.headers().map().entrySet()) {
            if (!e.getKey().startsWith(":")) { // HTTP/2 pseudo headers are not headers
                out.merge(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()), (a, b) -> a + ", " + b);
            }
        }
        return out;
    }

    static String[] mediaType(String contentType) {
        ContentType ct = ContentType.parse(contentType);
        return new String[] {ct.mediaType(), ct.charset()};
    }

    /** Retry-After as delta-seconds or HTTP-date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(Instant.now(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static void quietlyClose(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }
}
