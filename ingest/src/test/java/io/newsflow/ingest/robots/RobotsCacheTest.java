package io.newsflow.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.fetch.AddressAllowList;
import io.newsflow.ingest.fetch.FetchMetrics;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.SsrfGuard;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

    private final CrawlerConfig config = CrawlerConfig.defaults()
            .withMaxCrawlDelay(Duration.ofSeconds(10))
            .withRobotsErrorBackoff(Duration.ofMinutes(3));
    private final Fetcher fetcher =
            new Fetcher(config, new SsrfGuard(AddressAllowList.none()), new FetchMetrics(new SimpleMeterRegistry()));
    private final RobotsCache cache = new RobotsCache(config, fetcher);
    private final URI robots = URI.create("https://news.example.com/robots.txt");
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @AfterEach
    void close() {
        fetcher.close();
    }

    private FetchResult response(FetchOutcome outcome, int status, String body) {
        return new FetchResult(
                robots,
                robots,
                outcome,
                status,
                Map.of(),
                "text/plain",
                null,
                body.getBytes(StandardCharsets.UTF_8),
                false,
                now,
                null,
                null,
                null);
    }

    @Test
    void honoursGroupForOurAgentAndSitemapLines() {
        RobotsRules rules = cache.interpret(robots, response(FetchOutcome.OK, 200, """
                User-agent: *
                Disallow: /

                User-agent: newsflowbot
                Disallow: /private/
                Crawl-delay: 3

                Sitemap: https://news.example.com/sitemap_index.xml
                """), now);
        assertThat(rules.allows(URI.create("https://news.example.com/world/story")))
                .isTrue();
        assertThat(rules.allows(URI.create("https://news.example.com/private/x")))
                .isFalse();
        assertThat(rules.crawlDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(rules.sitemaps()).containsExactly("https://news.example.com/sitemap_index.xml");
        assertThat(rules.expires()).isEqualTo(now.plus(config.robotsTtl()));
    }

    @Test
    void capsAnUnreasonableCrawlDelayInsteadOfGivingUp() {
        RobotsRules rules =
                cache.interpret(robots, response(FetchOutcome.OK, 200, "User-agent: *\nCrawl-delay: 3600\n"), now);
        assertThat(rules.crawlDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(rules.allows(URI.create("https://news.example.com/a"))).isTrue();
    }

    @Test
    void missingOrForbiddenRobotsAllowsAll() {
        for (int status : new int[] {403, 404, 410}) {
            RobotsRules rules = cache.interpret(robots, response(FetchOutcome.CLIENT_ERROR, status, ""), now);
            assertThat(rules.allows(URI.create("https://news.example.com/a")))
                    .as("status " + status)
                    .isTrue();
        }
    }

    @Test
    void serverErrorsAndTimeoutsBackOffAsDisallowAll() {
        for (FetchResult r : new FetchResult[] {
            response(FetchOutcome.SERVER_ERROR, 503, ""),
            response(FetchOutcome.CLIENT_ERROR, 429, ""),
            response(FetchOutcome.TIMEOUT, 0, "")
        }) {
            RobotsRules rules = cache.interpret(robots, r, now);
            assertThat(rules.allows(URI.create("https://news.example.com/a")))
                    .as(r.outcome() + " " + r.status())
                    .isFalse();
            assertThat(rules.expires()).isEqualTo(now.plus(Duration.ofMinutes(3)));
            assertThat(rules.unreachable()).isTrue();
        }
    }

    @Test
    void originKeepsNonDefaultPortsApart() {
        assertThat(RobotsCache.origin(URI.create("HTTP://Example.com:80/a"))).isEqualTo("http://example.com");
        assertThat(RobotsCache.origin(URI.create("http://127.0.0.2:8080/a"))).isEqualTo("http://127.0.0.2:8080");
    }
}
