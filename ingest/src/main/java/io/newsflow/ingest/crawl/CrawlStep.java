package io.newsflow.ingest.crawl;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.robots.RobotsCache;
import io.newsflow.ingest.robots.RobotsRules;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.url.UrlFilter;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one frontier request without knowing about Kafka: robots.txt first (its fetch takes the key's
 * turn), then one guarded fetch without following redirects (targets go back through the frontier so
 * that their own key's politeness holds), then what the body means: a page to publish, feed items or
 * sitemap entries to queue, links to follow.
 */
public final class CrawlStep {

    private static final Logger log = LoggerFactory.getLogger(CrawlStep.class);
    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml",
            "application/atom+xml",
            "application/rdf+xml",
            "application/xml",
            "text/xml",
            "application/feed+json",
            "application/json");
    private static final Set<String> SITEMAP_TYPES = Set.of(
            "application/xml",
            "text/xml",
            "text/plain",
            "application/gzip",
            "application/x-gzip",
            "application/octet-stream",
            "application/rss+xml",
            "application/atom+xml");

    private final CrawlerConfig config;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final UrlFilter filter;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final BodyInterpreter interpreter;

    public CrawlStep(CrawlerConfig config, Fetcher fetcher, RobotsCache robots, UrlFilter filter) {
        this.config = config;
        this.fetcher = fetcher;
        this.robots = robots;
        this.filter = filter;
        this.interpreter = new BodyInterpreter(config, filter);
    }

    public StepResult process(CrawlRequest req) {
        return process(req, Validators.none());
    }

    /** Handles {@code req}, asking conditionally with {@code validators} when the URL was fetched before. */
    public StepResult process(CrawlRequest req, Validators validators) {
        URI url = req.url();
        Optional<FetchResult> refused = fetcher.refusal(url);
        if (refused.isPresent()) {
            // finished for good, with its reason in the history: retrying cannot change the verdict
            log.info(
                    "crawl url={} kind={} outcome={} detail=\"{}\"",
                    url,
                    req.kind(),
                    refused.get().outcome().tag(),
                    refused.get().detail());
            return finished(req, refused.get(), Duration.ZERO, List.of());
        }
        Optional<RobotsRules> cached = robots.cached(url);
        if (cached.isEmpty()) {
            RobotsRules rules = robots.load(url);
            return new StepResult(null, null, sitemapsOf(rules), delay(rules, null), true);
        }
        if (cached.get().unreachable()) {
            // robots.txt is failing: wait out the back-off with the request kept, instead of marking it denied forever
            Duration left = Duration.between(Instant.now(), cached.get().expires());
            return new StepResult(null, null, List.of(), left.isNegative() ? Duration.ZERO : left, true);
        }
        FetchResult f = fetcher.fetch(url, accepted(req), 0, robots.hopCheck(), validators);
        Duration delay = requestWasMade(f) ? delay(cached.get(), f.retryAfter()) : Duration.ZERO;
        log.info(
                "crawl url={} kind={} outcome={} status={} bytes={} truncated={}{}",
                url,
                req.kind(),
                f.outcome().tag(),
                f.status(),
                f.body().length,
                f.truncated(),
                f.detail() == null ? "" : " detail=\"" + f.detail() + "\"");
        return switch (f.outcome()) {
            case OK -> interpreter.interpret(req, f, delay);
            case REDIRECT -> redirect(req, f, delay);
            case NOT_MODIFIED ->
                new StepResult(null, BodyInterpreter.history(req, f, true, validators), List.of(), delay, false);
            case SERVER_ERROR, TIMEOUT, ERROR -> retryOrGiveUp(req, f, delay);
            case CLIENT_ERROR -> f.status() == 429 ? retryOrGiveUp(req, f, delay) : finished(req, f, delay, List.of());
            default -> finished(req, f, delay, List.of());
        };
    }

    private StepResult redirect(CrawlRequest req, FetchResult f, Duration delay) {
        Optional<URI> target = f.redirectTo() == null
                ? Optional.empty()
                : normalizer.normalize(f.redirectTo().toString());
        if (target.isEmpty() || req.hops() >= config.maxRedirects()) {
            log.info("redirect dropped url={} target={} hops={}", req.url(), f.redirectTo(), req.hops());
            return finished(req, f, delay, List.of());
        }
        Optional<String> refused = filter.reject(target.get());
        if (refused.isPresent()) {
            log.info("redirect refused url={} target={} reason=\"{}\"", req.url(), target.get(), refused.get());
            return finished(req, f, delay, List.of());
        }
        return finished(req, f, delay, List.of(req.redirectTo(target.get())));
    }

    private StepResult retryOrGiveUp(CrawlRequest req, FetchResult f, Duration delay) {
        if (req.attempt() < config.maxRetries()) {
            return new StepResult(null, BodyInterpreter.history(req, f, false), List.of(req.retry()), delay, false);
        }
        return finished(req, f, delay, List.of());
    }

    static StepResult finished(CrawlRequest req, FetchResult f, Duration delay, List<CrawlRequest> next) {
        return new StepResult(null, BodyInterpreter.history(req, f, true), next, delay, false);
    }

    private List<CrawlRequest> sitemapsOf(RobotsRules rules) {
        if (!config.discoverSitemaps()) {
            return List.of();
        }
        List<CrawlRequest> out = new ArrayList<>();
        for (String s : rules.sitemaps()) {
            normalizer
                    .normalize(s)
                    .filter(u -> filter.reject(u).isEmpty())
                    .ifPresent(u -> out.add(CrawlRequest.of(
                            new Discovered(
                                    u,
                                    Discovered.Kind.SITEMAP,
                                    PageSource.SITEMAP,
                                    Map.of("sitemap.fromRobots", "true")),
                            0)));
        }
        return out;
    }

    private Set<String> accepted(CrawlRequest req) {
        if (req.kindFromResponse()) {
            Set<String> any = new HashSet<>(config.acceptedPageTypes());
            any.addAll(FEED_TYPES);
            any.addAll(SITEMAP_TYPES);
            return any;
        }
        return switch (req.kind()) {
            case PAGE -> config.acceptedPageTypes();
            case FEED -> FEED_TYPES;
            case SITEMAP -> SITEMAP_TYPES;
        };
    }

    /** The key's rest after a request: our delay, or robots Crawl-delay / Retry-After when longer (both capped). */
    private Duration delay(RobotsRules rules, Duration retryAfter) {
        Duration d = max(config.politenessDelay(), rules.crawlDelay()); // crawlDelay is capped by RobotsCache
        if (retryAfter != null) {
            d = max(d, retryAfter.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : retryAfter);
        }
        return d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static boolean requestWasMade(FetchResult f) {
        return f.outcome() != FetchOutcome.ROBOTS_DENIED
                && f.outcome() != FetchOutcome.BLOCKED_ADDRESS
                && f.outcome() != FetchOutcome.FILTERED;
    }

    static RawPage.Builder pageBuilder(CrawlRequest req, FetchResult f) {
        return RawPage.newBuilder()
                .setUrl(req.requestedUrl().toString())
                .setFinalUrl(req.origin() == null ? null : req.url().toString())
                .setFetchedAt(f.fetchedAt())
                .setStatus(f.status())
                .setHeaders(f.headers())
                .setContentType(f.contentType())
                .setDeclaredCharset(f.declaredCharset())
                .setBody(ByteBuffer.wrap(f.body()))
                .setTruncated(f.truncated())
                .setSource(req.source())
                .setSourceMeta(req.meta())
                .setDepth(req.depth());
    }
}
