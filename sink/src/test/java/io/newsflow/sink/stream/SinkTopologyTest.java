package io.newsflow.sink.stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SinkTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> enriched;
    private TestOutputTopic<String, Article> clean;
    private TestOutputTopic<String, Article> latest;
    private TestOutputTopic<byte[], DeadLetter> dead;

    @BeforeEach
    void setUp() {
        SinkSettings s = SinkSettings.defaults();
        driver = new TopologyTestDriver(SinkTopology.build(s, serdes, new SimpleMeterRegistry(), Clock.fixed(NOW, ZoneOffset.UTC)));
        enriched = driver.createInputTopic(s.enrichedTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), serdes.article().deserializer());
        latest = driver.createOutputTopic(s.latestTopic(), new StringDeserializer(), serdes.article().deserializer());
        dead = driver.createOutputTopic(s.deadLetters(), new ByteArrayDeserializer(), serdes.deadLetter().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private void send(String id, String hash) {
        Article a = Article.newBuilder().setId(id).setUrl("https://news.example/" + id).setText("text " + hash)
                .setContentHash(hash).build();
        enriched.pipeInput(id.getBytes(), serdes.article().serializer().serialize("t", a));
    }

    @Test
    void aNewArticleGoesToCleanAndLatestAsVersionOne() {
        send("a", "h1");
        Article out = clean.readValue();
        assertThat(out.getVersion()).isEqualTo(1);
        assertThat(out.getSinkAt()).isEqualTo(NOW);
        assertThat(latest.readKeyValue().key).isEqualTo("a");
    }

    @Test
    void theSameArticleAgainIsNotEmittedTwice() {
        send("a", "h1");
        send("a", "h1");
        assertThat(clean.readValuesToList()).hasSize(1);
        assertThat(latest.readValuesToList()).hasSize(1);
    }

    @Test
    void changedTextIsTheNextVersionOfTheSameId() {
        send("a", "h1");
        send("a", "h2");
        send("a", "h2");
        assertThat(clean.readValuesToList()).extracting(Article::getVersion).containsExactly(1, 2);
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopic() {
        enriched.pipeInput("x".getBytes(), new byte[]{9, 9, 9});
        send("b", "h");
        DeadLetter d = dead.readValue();
        assertThat(d.getStage()).isEqualTo("sink");
        assertThat(d.getOriginalValue().array()).containsExactly(9, 9, 9);
        assertThat(clean.readValue().getId()).isEqualTo("b");
    }
}
