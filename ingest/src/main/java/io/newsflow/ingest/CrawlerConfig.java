package io.newsflow.ingest;

import io.newsflow.ingest.fetch.AddressAllowList;
import io.newsflow.ingest.frontier.PageRevisitSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the ingest stage can be told, in one typed object read once. Start from {@link #defaults()}
 * and override with the {@code with...} methods; every value is checked here so that a bad setting fails
 * at start with a message instead of deep inside a fetch.
 *
 * @param userAgent             sent on every request; must name the crawler and a contact URL
 * @param robotsAgentName       the token matched against robots.txt {@code User-agent} lines
 * @param connectTimeout        TCP (and TLS) connect limit
 * @param readTimeout           limit until response headers arrive
 * @param totalFetchTimeout     limit for one fetch including the whole body
 * @param maxBodyBytes          body bytes kept (after decompression); longer bodies are cut and flagged truncated
 * @param maxCompressionRatio   decompressed/compressed ratio above which a body counts as a decompression bomb
 * @param maxRedirects          redirect hops followed for one URL (each hop is checked like a new URL)
 * @param acceptedPageTypes     media types published as pages; others count as not-html
 * @param politenessDelay       minimum spacing of requests to one politeness key
 * @param maxCrawlDelay         cap on robots.txt Crawl-delay and Retry-After
 * @param robotsTtl             how long a fetched robots.txt is trusted
 * @param robotsErrorBackoff    how long a host whose robots.txt failed (5xx, timeout) is treated as disallowed
 * @param maxConcurrentFetches  fetches in flight at once across all keys
 * @param maxQueuedRequests     frontier records held in memory before the consumer pauses
 * @param maxDepth              link depth followed from a seed page (0 = only seeds and listed items)
 * @param maxRetries            retries of a URL after 5xx, 429 or timeout
 * @param feedRevisit           first re-poll interval of a feed or sitemap; later ones adapt to how often it has news
 * @param feedRevisitMin        shortest re-poll interval (a feed that has news on every poll ends up here)
 * @param feedRevisitMax        longest re-poll interval (a feed that never changes ends up here)
 * @param keyByRegistrableDomain politeness key = registrable domain (news.example.co.uk → example.co.uk) instead of host
 * @param privateAllowList      addresses the guard would refuse that may be fetched all the same: CIDR ranges
 *                              ({@code 10.20.0.0/16}, {@code fd00:1::/32}) and host names ({@code news.intranet},
 *                              {@code *.intranet}); link-local and metadata addresses only when a range inside
 *                              them or the host is named
 * @param pageRevisitAges       ages after its first fetch at which a page is fetched again (conditionally) and
 *                              republished only if it changed; empty = never
 * @param pageRevisitStopAfterUnchanged revisits in a row that found a page unchanged after which it is left alone
 * @param discoverSitemaps      follow {@code Sitemap:} lines of robots.txt
 * @param pagesTopic            where RawPage records go
 * @param frontierTopic         crawl requests, keyed by politeness key
 * @param historyTopic          compacted fetch history, keyed by URL
 * @param consumerGroup         crawler instances sharing one group split the politeness keys
 */
public record CrawlerConfig(
        String userAgent,
        String robotsAgentName,
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalFetchTimeout,
        int maxBodyBytes,
        int maxCompressionRatio,
        int maxRedirects,
        Set<String> acceptedPageTypes,
        Duration politenessDelay,
        Duration maxCrawlDelay,
        Duration robotsTtl,
        Duration robotsErrorBackoff,
        int maxConcurrentFetches,
        int maxQueuedRequests,
        int maxDepth,
        int maxRetries,
        Duration feedRevisit,
        Duration feedRevisitMin,
        Duration feedRevisitMax,
        boolean keyByRegistrableDomain,
        List<String> privateAllowList,
        List<Duration> pageRevisitAges,
        int pageRevisitStopAfterUnchanged,
        boolean discoverSitemaps,
        String pagesTopic,
        String frontierTopic,
        String historyTopic,
        String consumerGroup) {

    public static final String DEFAULT_USER_AGENT = "NewsflowBot/0.1 (+https://newsflow.example/bot)";

    public CrawlerConfig {
        require(userAgent != null && userAgent.contains("http"), "userAgent must name a contact URL, got " + userAgent);
        require(robotsAgentName != null && !robotsAgentName.isBlank(), "robotsAgentName is empty");
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(totalFetchTimeout, "totalFetchTimeout");
        require(maxBodyBytes > 0, "maxBodyBytes must be > 0");
        require(maxCompressionRatio > 1, "maxCompressionRatio must be > 1");
        require(maxRedirects >= 0, "maxRedirects must be >= 0");
        acceptedPageTypes = Set.copyOf(Objects.requireNonNull(acceptedPageTypes, "acceptedPageTypes"));
        require(!politenessDelay.isNegative(), "politenessDelay must be >= 0");
        require(!maxCrawlDelay.isNegative(), "maxCrawlDelay must be >= 0");
        positive(robotsTtl, "robotsTtl");
        positive(robotsErrorBackoff, "robotsErrorBackoff");
        require(maxConcurrentFetches > 0, "maxConcurrentFetches must be > 0");
        require(maxQueuedRequests > 0, "maxQueuedRequests must be > 0");
        require(maxDepth >= 0, "maxDepth must be >= 0");
        require(maxRetries >= 0, "maxRetries must be >= 0");
        positive(feedRevisitMin, "feedRevisitMin");
        require(
                feedRevisitMin.compareTo(feedRevisit) <= 0 && feedRevisit.compareTo(feedRevisitMax) <= 0,
                "feed revisit intervals must satisfy min <= initial <= max, got " + feedRevisitMin + " <= "
                        + feedRevisit + " <= " + feedRevisitMax);
        privateAllowList = List.copyOf(Objects.requireNonNull(privateAllowList, "privateAllowList"));
        pageRevisitAges = List.copyOf(Objects.requireNonNull(pageRevisitAges, "pageRevisitAges"));
        new PageRevisitSchedule(pageRevisitAges, pageRevisitStopAfterUnchanged);
        AddressAllowList.parse(privateAllowList); // fails here, naming the bad entry
    }

    /** Sane production defaults: 1 s per host, 10 MB bodies, 30 s per fetch, public addresses only. */
    public static CrawlerConfig defaults() {
        return new CrawlerConfig(
                DEFAULT_USER_AGENT,
                "newsflowbot",
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                10 * 1024 * 1024,
                100,
                5,
                Set.of("text/html", "application/xhtml+xml"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                Duration.ofMinutes(10),
                32,
                10_000,
                1,
                2,
                Duration.ofMinutes(15),
                Duration.ofMinutes(2),
                Duration.ofHours(6),
                false,
                List.of(),
                List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24), Duration.ofDays(3)),
                2,
                true,
                "pages.raw",
                "crawl.frontier",
                "crawl.history",
                "newsflow-crawler");
    }

    public CrawlerConfig withUserAgent(String v) {
        return copy(b -> b.userAgent = v);
    }

    public CrawlerConfig withTimeouts(Duration connect, Duration read, Duration total) {
        return copy(b -> {
            b.connectTimeout = connect;
            b.readTimeout = read;
            b.totalFetchTimeout = total;
        });
    }

    public CrawlerConfig withMaxBodyBytes(int v) {
        return copy(b -> b.maxBodyBytes = v);
    }

    public CrawlerConfig withMaxCompressionRatio(int v) {
        return copy(b -> b.maxCompressionRatio = v);
    }

    public CrawlerConfig withMaxRedirects(int v) {
        return copy(b -> b.maxRedirects = v);
    }

    public CrawlerConfig withPolitenessDelay(Duration v) {
        return copy(b -> b.politenessDelay = v);
    }

    public CrawlerConfig withMaxCrawlDelay(Duration v) {
        return copy(b -> b.maxCrawlDelay = v);
    }

    public CrawlerConfig withRobotsErrorBackoff(Duration v) {
        return copy(b -> b.robotsErrorBackoff = v);
    }

    public CrawlerConfig withMaxConcurrentFetches(int v) {
        return copy(b -> b.maxConcurrentFetches = v);
    }

    public CrawlerConfig withMaxDepth(int v) {
        return copy(b -> b.maxDepth = v);
    }

    public CrawlerConfig withMaxRetries(int v) {
        return copy(b -> b.maxRetries = v);
    }

    public CrawlerConfig withFeedRevisit(Duration initial, Duration min, Duration max) {
        return copy(b -> {
            b.feedRevisit = initial;
            b.feedRevisitMin = min;
            b.feedRevisitMax = max;
        });
    }

    public CrawlerConfig withMaxQueuedRequests(int v) {
        return copy(b -> b.maxQueuedRequests = v);
    }

    public CrawlerConfig withRobotsAgentName(String v) {
        return copy(b -> b.robotsAgentName = v);
    }

    public CrawlerConfig withKeyByRegistrableDomain(boolean v) {
        return copy(b -> b.keyByRegistrableDomain = v);
    }

    public CrawlerConfig withPrivateAllowList(List<String> v) {
        return copy(b -> b.privateAllowList = v);
    }

    public CrawlerConfig withPageRevisits(List<Duration> ages, int stopAfterUnchanged) {
        return copy(b -> {
            b.pageRevisitAges = ages;
            b.pageRevisitStopAfterUnchanged = stopAfterUnchanged;
        });
    }

    public CrawlerConfig withAcceptedPageTypes(Set<String> v) {
        return copy(b -> b.acceptedPageTypes = v);
    }

    public CrawlerConfig withRobots(String agentName, Duration ttl) {
        return copy(b -> {
            b.robotsAgentName = agentName;
            b.robotsTtl = ttl;
        });
    }

    public CrawlerConfig withDiscoverSitemaps(boolean v) {
        return copy(b -> b.discoverSitemaps = v);
    }

    public CrawlerConfig withTopics(String pages, String frontier, String history) {
        return copy(b -> {
            b.pagesTopic = pages;
            b.frontierTopic = frontier;
            b.historyTopic = history;
        });
    }

    public CrawlerConfig withConsumerGroup(String v) {
        return copy(b -> b.consumerGroup = v);
    }

    private CrawlerConfig copy(Consumer<Mutable> change) {
        Mutable m = new Mutable(this);
        change.accept(m);
        return m.build();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("CrawlerConfig: " + message);
        }
    }

    private static void positive(Duration d, String name) {
        require(d != null && !d.isNegative() && !d.isZero(), name + " must be a positive duration, got " + d);
    }

    /** The one place that lists the components again, so the with-methods stay one line each. */
    private static final class Mutable {
        String userAgent, robotsAgentName, pagesTopic, frontierTopic, historyTopic, consumerGroup;
        Duration connectTimeout,
                readTimeout,
                totalFetchTimeout,
                politenessDelay,
                maxCrawlDelay,
                robotsTtl,
                robotsErrorBackoff,
                feedRevisit,
                feedRevisitMin,
                feedRevisitMax;
        int maxBodyBytes,
                maxCompressionRatio,
                maxRedirects,
                maxConcurrentFetches,
                maxQueuedRequests,
                maxDepth,
                maxRetries;
        Set<String> acceptedPageTypes;
        boolean keyByRegistrableDomain, discoverSitemaps;
        List<String> privateAllowList;
        List<Duration> pageRevisitAges;
        int pageRevisitStopAfterUnchanged;

        Mutable(CrawlerConfig c) {
            userAgent = c.userAgent;
            robotsAgentName = c.robotsAgentName;
            connectTimeout = c.connectTimeout;
            readTimeout = c.readTimeout;
            totalFetchTimeout = c.totalFetchTimeout;
            maxBodyBytes = c.maxBodyBytes;
            maxCompressionRatio = c.maxCompressionRatio;
            maxRedirects = c.maxRedirects;
            acceptedPageTypes = c.acceptedPageTypes;
            politenessDelay = c.politenessDelay;
            maxCrawlDelay = c.maxCrawlDelay;
            robotsTtl = c.robotsTtl;
            robotsErrorBackoff = c.robotsErrorBackoff;
            maxConcurrentFetches = c.maxConcurrentFetches;
            maxQueuedRequests = c.maxQueuedRequests;
            maxDepth = c.maxDepth;
            maxRetries = c.maxRetries;
            feedRevisit = c.feedRevisit;
            feedRevisitMin = c.feedRevisitMin;
            feedRevisitMax = c.feedRevisitMax;
            keyByRegistrableDomain = c.keyByRegistrableDomain;
            privateAllowList = c.privateAllowList;
            pageRevisitAges = c.pageRevisitAges;
            pageRevisitStopAfterUnchanged = c.pageRevisitStopAfterUnchanged;
            discoverSitemaps = c.discoverSitemaps;
            pagesTopic = c.pagesTopic;
            frontierTopic = c.frontierTopic;
            historyTopic = c.historyTopic;
            consumerGroup = c.consumerGroup;
        }

        CrawlerConfig build() {
            return new CrawlerConfig(
                    userAgent,
                    robotsAgentName,
                    connectTimeout,
                    readTimeout,
                    totalFetchTimeout,
                    maxBodyBytes,
                    maxCompressionRatio,
                    maxRedirects,
                    acceptedPageTypes,
                    politenessDelay,
                    maxCrawlDelay,
                    robotsTtl,
                    robotsErrorBackoff,
                    maxConcurrentFetches,
                    maxQueuedRequests,
                    maxDepth,
                    maxRetries,
                    feedRevisit,
                    feedRevisitMin,
                    feedRevisitMax,
                    keyByRegistrableDomain,
                    privateAllowList,
                    pageRevisitAges,
                    pageRevisitStopAfterUnchanged,
                    discoverSitemaps,
                    pagesTopic,
                    frontierTopic,
                    historyTopic,
                    consumerGroup);
        }
    }
}
