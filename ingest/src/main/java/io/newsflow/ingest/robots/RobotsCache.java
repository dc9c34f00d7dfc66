package io.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.HopCheck;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin, fetched through the same guarded {@link Fetcher} and kept for
 * {@code robotsTtl}. Follows RFC 9309: 4xx (403 and 404 included) means no rules, so allow all;
 * 5xx, 429, timeouts and network errors mean "unreachable", so disallow all for
 * {@code robotsErrorBackoff} and ask again after that.
 */
public final class RobotsCache {

    private static final Logger log = LoggerFactory.getLogger(RobotsCache.class);
    private static final int MAX_ENTRIES = 50_000;

    private final CrawlerConfig config;
    private final Fetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, RobotsRules> byOrigin = new ConcurrentHashMap<>();

    public RobotsCache(CrawlerConfig config, Fetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
        // the parser would turn a large Crawl-delay into disallow-all; we cap it ourselves instead
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /** The rules for {@code url}'s origin if they are cached and fresh; does not fetch. */
    public Optional<RobotsRules> cached(URI url) {
        RobotsRules r = byOrigin.get(origin(url));
        return r != null && r.isFresh(Instant.now()) ? Optional.of(r) : Optional.empty();
    }

    /** The rules for {@code url}'s origin, fetching robots.txt when they are missing or stale. */
    public RobotsRules rulesFor(URI url) {
        return cached(url).orElseGet(() -> load(url));
    }

    /** A hop check that refuses URLs robots.txt disallows, fetching robots.txt as needed. */
    public HopCheck hopCheck() {
        return hop -> rulesFor(hop).allows(hop)
                ? Optional.empty()
                : Optional.of(new HopCheck.Denial(FetchOutcome.ROBOTS_DENIED, "robots.txt disallows " + hop.getPath()));
    }

    /** Fetches and caches robots.txt for {@code url}'s origin now. */
    public RobotsRules load(URI url) {
        URI robots = URI.create(origin(url) + "/robots.txt");
        FetchResult r = fetcher.fetch(robots, Set.of(), 5, HopCheck.none());
        RobotsRules rules = interpret(robots, r, Instant.now());
        if (byOrigin.size() > MAX_ENTRIES) {
            Instant now = Instant.now();
            byOrigin.values().removeIf(e -> !e.isFresh(now));
        }
        byOrigin.put(origin(url), rules);
        log.info(
                "robots origin={} verdict=\"{}\" crawlDelayMs={} sitemaps={}",
                origin(url),
                rules.why(),
                rules.crawlDelay().toMillis(),
                rules.sitemaps().size());
        return rules;
    }

    RobotsRules interpret(URI robots, FetchResult r, Instant now) {
        Instant fresh = now.plus(config.robotsTtl());
        if (r.outcome() == FetchOutcome.OK) {
            BaseRobotRules parsed = parser.parseContent(
                    robots.toString(),
                    r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(config.robotsAgentName()));
            long delayMs = parsed.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY
                    ? 0
                    : Math.max(0, parsed.getCrawlDelay());
            Duration delay =
                    Duration.ofMillis(Math.min(delayMs, config.maxCrawlDelay().toMillis()));
            return new RobotsRules(parsed, delay, parsed.getSitemaps(), fresh, String.valueOf(r.status()), false);
        }
        boolean unavailable = r.outcome() == FetchOutcome.CLIENT_ERROR && r.status() != 429
                || r.outcome() == FetchOutcome.REDIRECT
                || r.outcome() == FetchOutcome.TOO_MANY_REDIRECTS;
        if (unavailable) {
            return new RobotsRules(
                    new SimpleRobotRules(RobotRulesMode.ALLOW_ALL),
                    Duration.ZERO,
                    List.of(),
                    fresh,
                    describe(r) + " -> allow all",
                    false);
        }
        return new RobotsRules(
                new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
                Duration.ZERO,
                List.of(),
                now.plus(config.robotsErrorBackoff()),
                describe(r) + " -> disallow for " + config.robotsErrorBackoff(),
                true);
    }

    private static String describe(FetchResult r) {
        return r.status() > 0 ? String.valueOf(r.status()) : r.outcome().tag();
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
