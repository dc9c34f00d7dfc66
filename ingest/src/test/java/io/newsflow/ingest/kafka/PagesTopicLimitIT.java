package io.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** pages.raw made by someone else with a smaller record limit than the crawler's body limit. */
@ExtendWith(KafkaBrokerExtension.class)
class PagesTopicLimitIT {

    private final Deserializer<RawPage> pages =
            AvroSerdes.registryFree().rawPage().deserializer();

    private static void createPagesTopic(KafkaCluster kafka, String name, int maxMessageBytes) throws Exception {
        try (Admin admin = kafka.admin()) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1)
                            .configs(Map.of("max.message.bytes", String.valueOf(maxMessageBytes)))))
                    .all()
                    .get();
        }
    }

    @Test
    void refusesToStartWhenTheTopicCannotTakeABodyOfTheConfiguredSize(KafkaCluster kafka) throws Exception {
        CrawlerConfig config = CrawlerIT.config(kafka).withMaxBodyBytes(10 * 1024 * 1024);
        createPagesTopic(kafka, config.pagesTopic(), 1024 * 1024); // the broker's default
        assertThatThrownBy(() ->
                        new Crawler(config, CrawlerIT.topics(kafka, config), "too-small", new SimpleMeterRegistry()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(config.pagesTopic())
                .hasMessageContaining("max.message.bytes")
                .hasMessageContaining("ingest.max.body.bytes to at most " + (1024 * 1024 - 8 * 1024));
    }

    @Test
    void aPageWhoseRecordStillDoesNotFitIsCutAndFlaggedAndTheCrawlGoesOn(KafkaCluster kafka) throws Exception {
        CrawlerConfig config = CrawlerIT.config(kafka).withMaxBodyBytes(190_000);
        createPagesTopic(kafka, config.pagesTopic(), 200_000);
        crawlABigPageAndOneAfterIt(kafka, config, crawler -> {});
    }

    @Test
    void aLimitLoweredWhileTheCrawlerRunsIsLearntAndTheCrawlGoesOn(KafkaCluster kafka) throws Exception {
        CrawlerConfig config = CrawlerIT.config(kafka).withMaxBodyBytes(190_000);
        createPagesTopic(kafka, config.pagesTopic(), 400_000);
        crawlABigPageAndOneAfterIt(kafka, config, crawler -> {
            try (Admin admin = kafka.admin()) { // after the crawler read the limit at start
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, config.pagesTopic());
                admin.incrementalAlterConfigs(Map.of(
                                topic,
                                List.of(new AlterConfigOp(
                                        new ConfigEntry("max.message.bytes", "200000"), AlterConfigOp.OpType.SET))))
                        .all()
                        .get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void crawlABigPageAndOneAfterIt(KafkaCluster kafka, CrawlerConfig config, Consumer<Crawler> beforeCrawl)
            throws Exception {
        Random random = new Random(19);
        byte[] body = new byte[190_000]; // incompressible, so the compressed batch is as large as the record
        random.nextBytes(body);
        byte[] pad = new byte[15_000];
        random.nextBytes(pad);
        String padding = Base64.getEncoder().encodeToString(pad); // 20 kB of header the body limit does not count
        try (LocalWeb web = LocalWeb.start(1)) {
            LocalWeb.Site site = web.site(0)
                    .html("/", "<a href='/big'>big</a> <a href='/after'>after</a>")
                    .html("/after", "<p>the crawl went on</p>")
                    .on("/big", ex -> {
                        ex.getResponseHeaders().add("Content-Type", "text/html");
                        ex.getResponseHeaders().add("X-Padding", padding);
                        ex.sendResponseHeaders(200, body.length);
                        ex.getResponseBody().write(body);
                    });
            CrawlProgress end;
            try (Crawler crawler =
                    new Crawler(config, CrawlerIT.topics(kafka, config), "fitter", new SimpleMeterRegistry())) {
                beforeCrawl.accept(crawler);
                crawler.submit(List.of(Discovered.seed(site.url("/"))));
                end = crawler.runUntil(CrawlerIT.quietOrTimeUp(Duration.ofSeconds(2), Duration.ofSeconds(60)));
            }
            assertThat(end.pagesPublished()).isEqualTo(3);
            Map<String, RawPage> byPath = kafka.readAtLeast(config.pagesTopic(), 3, Duration.ofSeconds(10)).stream()
                    .map(r -> pages.deserialize(config.pagesTopic(), r.value()))
                    .collect(Collectors.toMap(
                            p -> p.getUrl().substring(p.getUrl().lastIndexOf('/')), Function.identity()));
            assertThat(byPath).containsOnlyKeys("/", "/big", "/after");
            RawPage big = byPath.get("/big");
            assertThat(big.getTruncated()).isTrue();
            assertThat(big.getHeaders()).containsKey("x-padding");
            assertThat(big.getBody().remaining()).isBetween(120_000, 189_999);
            assertThat(byPath.get("/after").getTruncated()).isFalse();
        }
    }
}
