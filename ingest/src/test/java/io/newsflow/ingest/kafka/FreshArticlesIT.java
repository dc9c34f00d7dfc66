package io.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.ingest.web.Responses;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Articles kept fresh: pages revisited on a schedule, feeds re-polled on time whatever their host's backlog. */
@ExtendWith(KafkaBrokerExtension.class)
class FreshArticlesIT {

    private final Deserializer<RawPage> pages =
            AvroSerdes.registryFree().rawPage().deserializer();

    @Test
    void aPageThatChangesAfterItsFirstFetchIsRepublishedOnceAnUnchangedOneIsNot(KafkaCluster kafka) throws Exception {
        try (LocalWeb web = LocalWeb.start(1)) {
            AtomicInteger changingFetches = new AtomicInteger();
            LocalWeb.Responder v1 = Responses.versioned(
                    "\"c1\"", "Tue, 01 Apr 2025 10:00:00 GMT", Responses.html("<p>first report</p>"));
            LocalWeb.Responder v2 = Responses.versioned(
                    "\"c2\"", "Tue, 01 Apr 2025 11:00:00 GMT", Responses.html("<p>updated: with a correction</p>"));
            LocalWeb.Site site = web.site(0)
                    .on("/changing", ex -> (changingFetches.incrementAndGet() == 1 ? v1 : v2).respond(ex))
                    .html("/still", "<p>no validators, the same body every time</p>")
                    .on(
                            "/still-etag",
                            Responses.versioned(
                                    "\"s1\"", "Tue, 01 Apr 2025 09:00:00 GMT", Responses.html("<p>kept still</p>")));
            // revisits at 1, 2 and 3 s after the first fetch; two unchanged revisits in a row end them
            CrawlerConfig config = CrawlerIT.config(kafka)
                    .withPageRevisits(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)), 2);
            long until = System.nanoTime() + Duration.ofSeconds(7).toNanos();
            CrawlProgress end;
            try (Crawler crawler =
                    new Crawler(config, CrawlerIT.topics(kafka, config), "reviser", new SimpleMeterRegistry())) {
                crawler.submit(List.of(
                        Discovered.seed(site.url("/changing")),
                        Discovered.seed(site.url("/still")),
                        Discovered.seed(site.url("/still-etag"))));
                end = crawler.runUntil(p -> System.nanoTime() > until && p.inFlight() == 0);
            }

            List<RawPage> published = kafka.readAtLeast(config.pagesTopic(), 100, Duration.ofSeconds(4)).stream()
                    .map(r -> pages.deserialize(config.pagesTopic(), r.value()))
                    .toList();
            List<String> bodies = new ArrayList<>();
            for (RawPage p : published) {
                String path = p.getUrl().substring(p.getUrl().lastIndexOf('/'));
                bodies.add(
                        path + " " + StandardCharsets.UTF_8.decode(p.getBody().duplicate()));
            }
            assertThat(bodies)
                    .containsExactlyInAnyOrder(
                            "/changing <p>first report</p>",
                            "/changing <p>updated: with a correction</p>",
                            "/still <p>no validators, the same body every time</p>",
                            "/still-etag <p>kept still</p>");
            assertThat(end.pagesPublished()).isEqualTo(4);
            assertThat(published.stream()
                            .filter(p -> p.getUrl().endsWith("/changing"))
                            .toList()
                            .get(1)
                            .getSourceMeta())
                    .containsEntry("revisit", "true");

            // changed at the first revisit (so the schedule goes on), then 304 twice: left alone
            assertThat(hits(site, "/changing"))
                    .extracting(h -> h.header("if-none-match"))
                    .containsExactly(null, "\"c1\"", "\"c2\"", "\"c2\"");
            assertThat(hits(site, "/still")).hasSize(3); // first fetch, then two unchanged bodies
            assertThat(hits(site, "/still-etag"))
                    .extracting(h -> h.header("if-none-match"))
                    .containsExactly(null, "\"s1\"", "\"s1\"");
        }
    }

    @Test
    void aFeedKeepsItsRepollIntervalWhileItsHostHasABacklog(KafkaCluster kafka) throws Exception {
        Duration interval = Duration.ofSeconds(3);
        try (LocalWeb web = LocalWeb.start(1)) {
            LocalWeb.Site site = web.site(0);
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 150; i++) { // 150 pages at 100 ms: 15 s of backlog on the feed's own host
                site.html("/n" + i, "<p>item " + i + "</p>");
                items.append("<item><title>")
                        .append(i)
                        .append("</title><link>")
                        .append(site.url("/n" + i))
                        .append("</link></item>");
            }
            site.on(
                    "/feed.xml",
                    Responses.text(
                            "application/rss+xml",
                            "<rss version='2.0'><channel><title>Busy</title>" + items + "</channel></rss>"));
            CrawlerConfig config = CrawlerIT.config(kafka)
                    .withPolitenessDelay(Duration.ofMillis(100))
                    .withFeedRevisit(interval, interval, interval)
                    .withPageRevisits(List.of(), 1);
            try (Crawler crawler =
                    new Crawler(config, CrawlerIT.topics(kafka, config), "poller", new SimpleMeterRegistry())) {
                crawler.submit(List.of(
                        new Discovered(site.url("/feed.xml"), Discovered.Kind.FEED, PageSource.FEED, Map.of())));
                long limit = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                crawler.runUntil(p -> hits(site, "/feed.xml").size() >= 4 || System.nanoTime() > limit);
            }

            List<LocalWeb.Hit> polls = hits(site, "/feed.xml");
            assertThat(polls).hasSizeGreaterThanOrEqualTo(4);
            LocalWeb.Hit fourth = polls.get(3);
            long pagesBeforeFourth = site.hits().stream()
                    .filter(h -> h.path().startsWith("/n") && h.atNanos() < fourth.atNanos())
                    .count();
            assertThat(pagesBeforeFourth)
                    .as("the host still had a backlog at the fourth poll")
                    .isLessThan(150);
            for (int i = 1; i < 4; i++) {
                Duration gap = Duration.ofNanos(
                        polls.get(i).atNanos() - polls.get(i - 1).atNanos());
                System.out.printf(
                        "feed re-poll gap %d: %d ms (interval %d ms)%n", i, gap.toMillis(), interval.toMillis());
                assertThat(gap).as("gap %d", i).isBetween(Duration.ofMillis(2700), Duration.ofMillis(3300));
            }
        }
    }

    private static List<LocalWeb.Hit> hits(LocalWeb.Site site, String path) {
        return site.hits().stream().filter(h -> h.path().equals(path)).toList();
    }
}
