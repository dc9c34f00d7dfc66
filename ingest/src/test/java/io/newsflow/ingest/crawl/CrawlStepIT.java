package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.fetch.AddressAllowList;
import io.newsflow.ingest.fetch.FetchMetrics;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.SsrfGuard;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.robots.RobotsCache;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.url.UrlFilterChain;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.ingest.web.Responses;
import io.newsflow.schema.PageSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One crawl step at a time against loopback sites, no Kafka: what goes back to the frontier, and how long a key rests. */
class CrawlStepIT {

    static LocalWeb web;
    static Fetcher fetcher;
    static CrawlStep step;
    static final CrawlerConfig config = CrawlerConfig.defaults()
            .withPrivateAllowList(List.of("127.0.0.0/8"))
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(3))
            .withPolitenessDelay(Duration.ofMillis(300))
            .withMaxCrawlDelay(Duration.ofSeconds(5))
            .withRobotsErrorBackoff(Duration.ofSeconds(40));

    @BeforeAll
    static void start() throws Exception {
        web = LocalWeb.start(3);
        web.site(0)
                .on(
                        "/robots.txt",
                        Responses.text(
                                "text/plain",
                                "User-agent: *\nCrawl-delay: 2\nSitemap: "
                                        + "/sitemap.xml\nSitemap: http://127.0.0.2:1/abs.xml\n"))
                .on("/busy", Responses.unavailable(60))
                .on("/old", Responses.redirect(301, "/new"));
        web.site(1).on("/robots.txt", Responses.status(500));
        web.site(2)
                .on(
                        "/feed.json",
                        Responses.text(
                                "application/feed+json",
                                "{\"version\": \"https://jsonfeed.org/version/1.1\", "
                                        + "\"title\": \"J\", \"items\": [{\"id\": \"1\", \"url\": \"/j1\", \"title\": \"Jay one\"}]}"));
        fetcher = new Fetcher(
                config,
                new SsrfGuard(AddressAllowList.parse(config.privateAllowList())),
                new FetchMetrics(new SimpleMeterRegistry()));
        step = new CrawlStep(config, fetcher, new RobotsCache(config, fetcher), UrlFilterChain.defaults());
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        web.close();
    }

    private static CrawlRequest page(LocalWeb.Site site, String path) {
        return CrawlRequest.of(Discovered.seed(site.url(path)), 0);
    }

    @Test
    void robotsTakesTheFirstTurnAndItsSitemapsGoToTheFrontier() {
        LocalWeb.Site site = web.site(0);
        StepResult first = step.process(page(site, "/busy"));
        assertThat(first.requeue()).isTrue();
        assertThat(first.keyDelay()).isEqualTo(Duration.ofSeconds(2)); // Crawl-delay beats our 300 ms
        assertThat(first.next()).extracting(CrawlRequest::kind).containsOnly(Discovered.Kind.SITEMAP);
        assertThat(first.next()).extracting(r -> r.url().toString()).contains("http://127.0.0.2:1/abs.xml");

        StepResult busy = step.process(page(site, "/busy"));
        assertThat(busy.requeue()).isFalse();
        assertThat(busy.keyDelay()).as("Retry-After 60 capped at 5 s").isEqualTo(Duration.ofSeconds(5));
        assertThat(busy.history().done()).isFalse();
        assertThat(busy.next())
                .singleElement()
                .satisfies(r -> assertThat(r.attempt()).isEqualTo(1));

        StepResult moved = step.process(page(site, "/old"));
        assertThat(moved.page()).isNull();
        assertThat(moved.history().status()).isEqualTo(301);
        assertThat(moved.next()).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo(site.url("/new"));
            assertThat(r.origin()).isEqualTo(site.url("/old"));
            assertThat(r.hops()).isEqualTo(1);
        });
    }

    @Test
    void aFailingRobotsTxtParksTheRequestForTheBackOff() {
        LocalWeb.Site site = web.site(1);
        step.process(page(site, "/story")); // fetches robots.txt: 500
        StepResult parked = step.process(page(site, "/story"));
        assertThat(parked.requeue()).isTrue();
        assertThat(parked.history()).isNull();
        assertThat(parked.keyDelay()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(40));
        assertThat(site.hits()).extracting(LocalWeb.Hit::path).containsExactly("/robots.txt");
    }

    @Test
    void aJsonFeedIsFetchedAndItsItemsQueuedWithTheirTitles() {
        LocalWeb.Site site = web.site(2);
        CrawlRequest feed = CrawlRequest.of(
                new Discovered(site.url("/feed.json"), Discovered.Kind.FEED, PageSource.FEED, Map.of()), 0);
        step.process(feed); // robots.txt first (404: all allowed)
        StepResult r = step.process(feed);
        assertThat(r.history().outcome()).isEqualTo("2xx");
        assertThat(r.page()).isNull();
        assertThat(r.next()).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo(site.url("/j1"));
            assertThat(item.meta()).containsEntry("item.title", "Jay one");
        });
    }
}
