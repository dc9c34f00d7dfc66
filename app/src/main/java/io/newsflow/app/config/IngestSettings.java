package io.newsflow.app.config;

import io.newsflow.ingest.CrawlerConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The crawler's settings, read from the same file and environment as every other stage. Every crawl
 * setting is set here from {@code newsflow-default.properties} (or what overrides it), so the defaults in
 * that file are the crawler's defaults; {@code IngestSettingsTest} checks that none is left to code.
 */
public final class IngestSettings {

    private IngestSettings() {}

    public static CrawlerConfig crawlerConfig(Settings s, TopicSettings topics) {
        return CrawlerConfig.defaults()
                .withTopics(topics.pagesRaw(), s.get("topics.crawl.frontier"), s.get("topics.crawl.history"))
                .withConsumerGroup(s.get("ingest.group.id"))
                .withUserAgent(s.get("ingest.user.agent"))
                .withRobots(s.get("ingest.robots.agent"), millis(s, "ingest.robots.ttl.ms"))
                .withRobotsErrorBackoff(millis(s, "ingest.robots.error.backoff.ms"))
                .withDiscoverSitemaps(bool(s, "ingest.discover.sitemaps"))
                .withPolitenessDelay(millis(s, "ingest.politeness.delay.ms"))
                .withMaxCrawlDelay(millis(s, "ingest.max.crawl.delay.ms"))
                .withTimeouts(
                        millis(s, "ingest.fetch.connect.timeout.ms"),
                        millis(s, "ingest.fetch.read.timeout.ms"),
                        millis(s, "ingest.fetch.timeout.ms"))
                .withMaxBodyBytes(SizeLimits.from(s).bodyBytes()) // one record limit for every size
                .withMaxCompressionRatio(s.getInt("ingest.max.compression.ratio"))
                .withAcceptedPageTypes(Set.copyOf(list(s, "ingest.accepted.page.types")))
                .withMaxRedirects(s.getInt("ingest.max.redirects", 0, 100))
                .withMaxRetries(s.getInt("ingest.max.retries"))
                .withMaxDepth(s.getInt("ingest.max.depth", 0, 100))
                .withMaxConcurrentFetches(s.getInt("ingest.concurrent.fetches", 1, 10_000))
                .withMaxQueuedRequests(s.getInt("ingest.max.queued.requests"))
                .withFeedRevisit(
                        millis(s, "ingest.feed.revisit.ms"),
                        millis(s, "ingest.feed.revisit.min.ms"),
                        millis(s, "ingest.feed.revisit.max.ms"))
                .withPageRevisits(
                        list(s, "ingest.page.revisit.ages").stream()
                                .map(v -> age("ingest.page.revisit.ages", v))
                                .toList(),
                        s.getInt("ingest.page.revisit.stop.after.unchanged"))
                .withKeyByRegistrableDomain(bool(s, "ingest.key.by.domain"))
                .withPrivateAllowList(list(s, "ingest.fetch.private.allow"));
    }

    private static Duration millis(Settings s, String key) {
        return Duration.ofMillis(s.getInt(key, 0, Integer.MAX_VALUE));
    }

    private static boolean bool(Settings s, String key) {
        String v = s.get(key).strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("setting '" + key + "' must be true or false, not '" + v + "'");
        }
        return v.equals("true");
    }

    private static List<String> list(Settings s, String key) {
        return Arrays.stream(s.get(key).split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** 90s, 30m, 6h, 3d. */
    static Duration age(String key, String v) {
        String number = v.substring(0, Math.max(0, v.length() - 1));
        try {
            long n = Long.parseLong(number);
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(
                    "setting '" + key + "': '" + v + "' is not an age like 90s, 30m, 6h or 3d");
        }
    }
}
