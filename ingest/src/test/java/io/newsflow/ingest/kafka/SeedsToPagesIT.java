package io.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.source.SeedList;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.ingest.web.Responses;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A seed file as an operator writes it, through to pages.raw: kinds from responses, non-ASCII URLs whole. */
@ExtendWith(KafkaBrokerExtension.class)
class SeedsToPagesIT {

    private final Deserializer<RawPage> pages =
            AvroSerdes.registryFree().rawPage().deserializer();

    @Test
    void everySeedIsUnderstoodAndEveryPageIsPublishedOnce(KafkaCluster kafka) throws Exception {
        try (LocalWeb web = LocalWeb.start(1)) {
            LocalWeb.Site site = web.site(0);
            String cafe = "/caf%C3%A9/article?page=2";
            String news = "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5";
            String base = "http://" + site.host() + ":" + site.url("/").getPort();
            site.html("/feedback-on-the-budget", "<p>an article whose path holds 'feed'</p>")
                    .html("/sitemap-guide", "<p>an article whose path holds 'sitemap'</p>")
                    .on(
                            "/latest",
                            Responses.text(
                                    "application/xml",
                                    "<?xml version='1.0'?><!-- no name says it --><rss version='2.0'><channel><title>L</title>"
                                            + "<item><title>C</title><link>" + base
                                            + "/café/article?page=2</link></item>"
                                            + "<item><title>N</title><link>" + base
                                            + "/новости/статья?id=5</link></item>"
                                            + "</channel></rss>"))
                    .on("/data.json", Responses.text("application/json", "{\"not\": \"a feed\"}"))
                    .html(cafe, "<p>café</p>")
                    .html(news, "<p>новости</p>");
            SeedList.Seeds seeds = SeedList.parse(List.of(
                    base + "/feedback-on-the-budget   # an article, whatever its path says",
                    base + "/latest\tsection=world",
                    base + "/sitemap-guide",
                    base + "/data.json   # neither a page nor a feed: fetched, recorded, not published",
                    "htp://" + site.host() + "/typo"));
            assertThat(seeds.problems()).extracting(SeedList.Problem::line).containsExactly(5);

            CrawlerConfig config = CrawlerIT.config(kafka);
            CrawlProgress end;
            try (Crawler crawler =
                    new Crawler(config, CrawlerIT.topics(kafka, config), "seeds", new SimpleMeterRegistry())) {
                crawler.submit(seeds.seeds());
                end = crawler.runUntil(CrawlerIT.quietOrTimeUp(Duration.ofSeconds(2), Duration.ofSeconds(60)));
            }

            List<RawPage> published = kafka.readAtLeast(config.pagesTopic(), 100, Duration.ofSeconds(4)).stream()
                    .map(r -> pages.deserialize(config.pagesTopic(), r.value()))
                    .toList();
            assertThat(published)
                    .extracting(RawPage::getUrl)
                    .containsExactlyInAnyOrder(
                            base + "/feedback-on-the-budget", base + "/sitemap-guide", base + cafe, base + news);
            assertThat(end.pagesPublished()).isEqualTo(4);
            assertThat(published)
                    .filteredOn(p -> p.getUrl().endsWith("id=5"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getSource()).isEqualTo(PageSource.FEED));
            assertThat(site.hits())
                    .extracting(LocalWeb.Hit::path)
                    .filteredOn(p -> !p.equals("/robots.txt"))
                    .containsExactlyInAnyOrder(
                            "/feedback-on-the-budget", "/latest", "/sitemap-guide", "/data.json", cafe, news);
        }
    }
}
