package io.newsflow.ingest.fetch;

import io.newsflow.ingest.CrawlerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL politely and defensively on {@link HttpClient}: our User-Agent, connect/header/total
 * time limits, a body cap, gzip/deflate/brotli with a bomb guard, an allow-list of content types, and redirects
 * followed by hand so that every hop passes the {@link SsrfGuard} and the caller's {@link HopCheck}
 * (robots.txt) before it is requested. Thread-safe; one instance serves all fetch threads.
 */
public final class Fetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Fetcher.class);

    private final CrawlerConfig config;
    private final SsrfGuard guard;
    private final FetchMetrics metrics;
    private final HttpClient client;
    private final BodyReader bodies;
    private final ScheduledExecutorService deadlines;

    public Fetcher(CrawlerConfig config, SsrfGuard guard, FetchMetrics metrics) {
        this.config = config;
        this.guard = guard;
        this.metrics = metrics;
        this.bodies = new BodyReader(config.maxBodyBytes(), config.maxCompressionRatio());
        // HTTP/1.1: predictable connection handling; we never keep more than one request per host in flight anyway
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    /** Fetches a page: the configured page types, following up to {@code maxRedirects} checked hops. */
    public FetchResult fetchPage(URI url, HopCheck check) {
        return fetch(url, config.acceptedPageTypes(), config.maxRedirects(), check);
    }

    /**
     * Fetches {@code url}. With {@code maxRedirects == 0} a redirect is returned as {@link FetchOutcome#REDIRECT}
     * with {@link FetchResult#redirectTo()}, so a crawler can send the target back through its frontier.
     *
     * @param accepted media types whose body is read; an empty set accepts any type
     */
    public FetchResult fetch(URI url, Set<String> accepted, int maxRedirects, HopCheck check) {
        return fetch(url, accepted, maxRedirects, check, Validators.none());
    }

    /**
     * Fetches {@code url} conditionally: the validators go with the first hop only (they belong to that
     * URL), and a 304 ends as {@link FetchOutcome#NOT_MODIFIED} with an empty body.
     */
    public FetchResult fetch(URI url, Set<String> accepted, int maxRedirects, HopCheck check, Validators validators) {
        Instant deadline = Instant.now().plus(config.totalFetchTimeout());
        URI hop = url;
        for (int hops = 0; ; hops++) {
            long started = System.nanoTime();
            FetchResult result =
                    checkedOnce(url, hop, accepted, check, deadline, hops == 0 ? validators : Validators.none());
            metrics.record(result, Duration.ofNanos(System.nanoTime() - started));
            log.debug(
                    "fetch url={} hop={} outcome={} status={} bytes={}{}",
                    url,
                    hop,
                    result.outcome().tag(),
                    result.status(),
                    result.body().length,
                    result.detail() == null ? "" : " detail=" + result.detail());
            if (result.outcome() != FetchOutcome.REDIRECT || maxRedirects == 0 || result.redirectTo() == null) {
                return result;
            }
            if (hops >= maxRedirects) {
                return FetchResult.refused(
                        url, hop, FetchOutcome.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects");
            }
            hop = result.redirectTo();
        }
    }

    /**
     * The refusal {@code url} would meet before any request is made (not http(s), or an address the guard
     * refuses), counted like a fetch; empty when it may be fetched. A crawler asks this before robots.txt,
     * whose fetch would be refused too and would otherwise look like an unreachable host.
     */
    public Optional<FetchResult> refusal(URI url) {
        Optional<FetchResult> refused = refusal(url, url);
        refused.ifPresent(r -> metrics.record(r, Duration.ZERO));
        return refused;
    }

    private Optional<FetchResult> refusal(URI requested, URI hop) {
        if (!"http".equalsIgnoreCase(hop.getScheme()) && !"https".equalsIgnoreCase(hop.getScheme())) {
            return Optional.of(
                    FetchResult.refused(requested, hop, FetchOutcome.FILTERED, "scheme not http(s): " + hop));
        }
        Optional<String> blocked = guard.check(hop);
        if (blocked.isPresent()) {
            log.warn("refused url={} reason=\"{}\"", hop, blocked.get());
            return Optional.of(FetchResult.refused(requested, hop, FetchOutcome.BLOCKED_ADDRESS, blocked.get()));
        }
        return Optional.empty();
    }

    private FetchResult checkedOnce(
            URI requested, URI hop, Set<String> accepted, HopCheck check, Instant deadline, Validators validators) {
        Optional<FetchResult> refused = refusal(requested, hop);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<HopCheck.Denial> denial = check.check(hop);
        if (denial.isPresent()) {
            return FetchResult.refused(
                    requested, hop, denial.get().outcome(), denial.get().reason());
        }
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return FetchResult.refused(requested, hop, FetchOutcome.TIMEOUT, "total fetch time used up before " + hop);
        }
        return once(requested, hop, accepted, deadline, left, validators);
    }

    private FetchResult once(
            URI requested, URI hop, Set<String> accepted, Instant deadline, Duration left, Validators validators) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(hop)
                .GET()
                .timeout(min(config.readTimeout(), left))
                .header("User-Agent", config.userAgent())
                .header("Accept", accepted.isEmpty() ? "*/*" : String.join(", ", accepted) + ", */*;q=0.1")
                .header("Accept-Encoding", BodyReader.ACCEPT_ENCODING);
        if (validators.etag() != null) builder.header("If-None-Match", validators.etag());
        if (validators.lastModified() != null) builder.header("If-Modified-Since", validators.lastModified());
        HttpRequest request = builder.build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return FetchResult.refused(
                    requested,
                    hop,
                    FetchOutcome.TIMEOUT,
                    "no response headers within " + min(config.readTimeout(), left));
        } catch (IOException e) {
            return FetchResult.refused(
                    requested, hop, FetchOutcome.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.refused(requested, hop, FetchOutcome.ERROR, "interrupted");
        }
        return new ResponseReader(requested, hop, response, bodies).read(accepted, this::closeAt, deadline);
    }

    /** Closes {@code in} at the deadline so that a trickling body cannot hold a fetch thread forever. */
    private ScheduledFuture<?> closeAt(InputStream in, Instant deadline) {
        long ms = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        return deadlines.schedule(
                () -> {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // closing is how we interrupt the read; a failure to close changes nothing
                    }
                },
                ms,
                TimeUnit.MILLISECONDS);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
