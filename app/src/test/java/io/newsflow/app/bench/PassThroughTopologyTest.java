package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.fingerprint.Fingerprints;
import io.newsflow.enrich.stream.EnrichSettings;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.stream.SinkSettings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class PassThroughTopologyTest {

    private static final Instant FETCHED = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:02Z");
    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @Test
    void enrichKeysAMinimalArticleByTheRealIdAndDeadLettersWhatIsNoPage() {
        EnrichSettings topics = new EnrichSettings("raw", "enriched", "dlq");
        try (TopologyTestDriver driver =
                new TopologyTestDriver(PassThroughTopology.enrich(topics, serdes, metrics, clock))) {
            var raw = driver.createInputTopic("raw", new ByteArraySerializer(), new ByteArraySerializer());
            RawPage page = RawPage.newBuilder()
                    .setUrl("https://example.com/a")
                    .setFetchedAt(FETCHED)
                    .setBody(ByteBuffer.wrap("<p>hello</p>".getBytes(StandardCharsets.UTF_8)))
                    .setSource(PageSource.FILE)
                    .build();
            raw.pipeInput(
                    "k".getBytes(StandardCharsets.UTF_8),
                    serdes.rawPage().serializer().serialize("raw", page));
            raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "not avro".getBytes(StandardCharsets.UTF_8));

            List<KeyValue<String, Article>> articles = driver.createOutputTopic(
                            "enriched",
                            new StringDeserializer(),
                            serdes.article().deserializer())
                    .readKeyValuesToList();
            assertThat(articles).hasSize(1);
            Article a = articles.get(0).value;
            assertThat(articles.get(0).key)
                    .isEqualTo(a.getId())
                    .isEqualTo(Fingerprints.articleId("https://example.com/a"));
            assertThat(a.getFetchedAt()).isEqualTo(FETCHED);
            assertThat(a.getEnrichedAt()).isEqualTo(NOW);
            assertThat(a.getText()).isEmpty();

            List<DeadLetter> dead = driver.createOutputTopic(
                            "dlq",
                            new ByteArrayDeserializer(),
                            serdes.deadLetter().deserializer())
                    .readValuesToList();
            assertThat(dead)
                    .singleElement()
                    .satisfies(d -> assertThat(d.getErrorKind()).isEqualTo("undecodable-record"));
            assertThat(metrics.counter("newsflow.enrich.pages", "outcome", "article", "reason", "none")
                            .count())
                    .isEqualTo(1);
            assertThat(metrics.counter(
                                    "newsflow.enrich.pages", "outcome", "dead_letter", "reason", "undecodable-record")
                            .count())
                    .isEqualTo(1);
        }
    }

    @Test
    void sinkStampsSinkAtAndGoesThroughTheOnePartitionHandOffToClean() {
        SinkSettings topics = new SinkSettings("enriched", "clean", "latest", "dlq");
        try (TopologyTestDriver driver =
                new TopologyTestDriver(PassThroughTopology.sink(topics, serdes, metrics, clock))) {
            Article in = Article.newBuilder()
                    .setId("id1")
                    .setUrl("https://example.com/a")
                    .setFetchedAt(FETCHED)
                    .build();
            driver.createInputTopic("enriched", new ByteArraySerializer(), new ByteArraySerializer())
                    .pipeInput(
                            "id1".getBytes(StandardCharsets.UTF_8),
                            serdes.article().serializer().serialize("enriched", in));

            Map<String, Article> handOff = driver.createOutputTopic(
                            topics.handOffTopic(),
                            new StringDeserializer(),
                            serdes.article().deserializer())
                    .readKeyValuesToMap();
            assertThat(handOff).containsOnlyKeys("id1");
            List<Article> clean = driver.createOutputTopic(
                            "clean", new StringDeserializer(), serdes.article().deserializer())
                    .readValuesToList();
            assertThat(clean).singleElement().satisfies(a -> {
                assertThat(a.getSinkAt()).isEqualTo(NOW);
                assertThat(a.getFetchedAt()).isEqualTo(FETCHED);
            });
            assertThat(driver.createOutputTopic("latest", new StringDeserializer(), new StringDeserializer())
                            .isEmpty())
                    .isTrue();
        }
    }
}
