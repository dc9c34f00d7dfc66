package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.TopicProvisioner;
import io.newsflow.schema.Article;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrich instances killed with SIGKILL mid-stream: with exactly_once_v2, every page still appears
 * downstream exactly once (read_committed), whether a restarted instance or a surviving group member
 * takes over the partitions.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StageCrashIT {

    private static final int PAGES = 400;
    private final AvroSerdes serdes = AvroSerdes.registryFree();

    @Test
    void anEnrichKilledMidStreamAndRestartedLosesAndDuplicatesNothing(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), dir.resolve("state"));
        TopicProvisioner.ensure(config.kafka(), config.topics());
        publish(kafka, config);
        try (StageProcess first = StageProcess.start("enrich", config, dir.resolve("a"), dir.resolve("a.log"))) {
            awaitArticles(kafka, config, PAGES / 8, Duration.ofSeconds(120));
            first.kill();
        }
        try (StageProcess second = StageProcess.start("enrich", config, dir.resolve("a"), dir.resolve("b.log"))) {
            assertExactlyOnce(kafka, config);
        }
    }

    @Test
    void whenOneOfTwoInstancesIsKilledTheOtherTakesItsPartitions(KafkaCluster kafka, @TempDir Path dir) throws Exception {
        NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), dir.resolve("state"));
        TopicProvisioner.ensure(config.kafka(), config.topics());
        publish(kafka, config);
        try (StageProcess survivor = StageProcess.start("enrich", config, dir.resolve("s"), dir.resolve("s.log"));
             StageProcess victim = StageProcess.start("enrich", config, dir.resolve("v"), dir.resolve("v.log"))) {
            awaitArticles(kafka, config, PAGES / 8, Duration.ofSeconds(120));
            victim.kill();
            assertExactlyOnce(kafka, config);
            assertThat(survivor.isAlive()).isTrue();
        }
    }

    private void publish(KafkaCluster kafka, NewsflowConfig config) {
        for (int i = 0; i < PAGES; i++) {
            String url = "https://crash.example/story/" + i;
            String html = "<html><head><title>Story " + i + "</title></head><body><article>"
                    + ("<p>Story number " + i + " tells how the river authority inspected the flood barrier on the east bank "
                    + "and found that the new gates worked as designed during the spring tide.</p>").repeat(3)
                    + "</article></body></html>";
            RawPage page = RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.now()).setContentType("text/html")
                    .setDeclaredCharset("utf-8").setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)))
                    .setSource(PageSource.CRAWL).build();
            kafka.send(config.topics().pagesRaw(), url.getBytes(StandardCharsets.UTF_8), serdes.rawPage().serializer().serialize("t", page));
        }
    }

    private void awaitArticles(KafkaCluster kafka, NewsflowConfig config, int atLeast, Duration timeout) {
        assertThat(kafka.readAtLeast(config.topics().articlesEnriched(), atLeast, timeout))
                .as("the first instance got going").hasSizeGreaterThanOrEqualTo(atLeast);
    }

    private void assertExactlyOnce(KafkaCluster kafka, NewsflowConfig config) {
        kafka.readAtLeast(config.topics().articlesEnriched(), PAGES, Duration.ofSeconds(180));
        List<ConsumerRecord<byte[], byte[]>> records = kafka.readFor(config.topics().articlesEnriched(), Duration.ofSeconds(5));
        Map<String, Long> perUrl = records.stream()
                .map(r -> serdes.article().deserializer().deserialize("t", r.value()))
                .collect(Collectors.groupingBy(Article::getUrl, Collectors.counting()));
        assertThat(perUrl).as("every page arrived").hasSize(PAGES);
        assertThat(perUrl.values().stream().filter(n -> n > 1).count()).as("pages that arrived twice").isZero();
        assertThat(records).hasSize(PAGES);
        assertThat(kafka.readFor(config.topics().pagesDlq(), Duration.ofSeconds(1))).as("no dead letters").isEmpty();
    }
}
