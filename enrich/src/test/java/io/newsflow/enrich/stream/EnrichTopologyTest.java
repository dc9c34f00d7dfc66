package io.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final ArticleTagger TAGGER = ArticleTagger.create();
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<byte[], DeadLetter> dead;

    @BeforeEach
    void setUp() {
        EnrichSettings s = EnrichSettings.defaults();
        driver = new TopologyTestDriver(EnrichTopology.build(
                s,
                serdes,
                new Enricher(Extractor.withDefaults(), TAGGER, Clock.fixed(NOW, ZoneOffset.UTC)),
                metrics,
                Clock.fixed(NOW, ZoneOffset.UTC)));
        raw = driver.createInputTopic(s.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(
                s.articlesTopic(), new StringDeserializer(), serdes.article().deserializer());
        dead = driver.createOutputTopic(
                s.deadLetters(),
                new ByteArrayDeserializer(),
                serdes.deadLetter().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private byte[] page(String url, String html) {
        return serdes.rawPage()
                .serializer()
                .serialize(
                        "pages.raw",
                        RawPage.newBuilder()
                                .setUrl(url)
                                .setFetchedAt(NOW)
                                .setContentType("text/html")
                                .setDeclaredCharset("utf-8")
                                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)))
                                .setSource(PageSource.CRAWL)
                                .build());
    }

    @Test
    void aPageBecomesAnArticleKeyedByItsId() {
        raw.pipeInput(
                "k".getBytes(),
                page(
                        "https://news.example/a",
                        "<html><head><title>T</title></head><body><article>"
                                + "<p>The council approved the plan on Tuesday after a long debate about costs and benefits.</p>"
                                + "<p>Residents said they were relieved that the decision had finally been made this week.</p></article></body></html>"));
        var out = articles.readKeyValue();
        assertThat(out.value.getId()).isEqualTo(out.key);
        assertThat(out.value.getText()).contains("The council approved the plan");
        assertThat(out.value.getEnrichedAt()).isEqualTo(NOW);
        assertThat(dead.isEmpty()).isTrue();
    }

    @Test
    void garbageBytesBecomeADeadLetterWithTheOriginalBytesAndTheStreamGoesOn() {
        byte[] garbage = {0, 1, 2, 3, (byte) 0xff};
        raw.pipeInput("bad".getBytes(), garbage);
        raw.pipeInput(
                "k".getBytes(),
                page(
                        "https://news.example/b",
                        "<p>After the poison record the next page still comes through intact here.</p>"));
        DeadLetter d = dead.readValue();
        assertThat(d.getErrorKind()).isEqualTo("undecodable-record");
        assertThat(d.getStage()).isEqualTo("enrich");
        assertThat(d.getSourceOffset()).isZero();
        assertThat(d.getOriginalValue().array()).isEqualTo(garbage);
        assertThat(d.getOriginalKey().array()).isEqualTo("bad".getBytes());
        assertThat(articles.readValue().getUrl()).isEqualTo("https://news.example/b");
    }

    @Test
    void aPageWithoutAnArticleIsADeadLetterThatSaysWhy() {
        raw.pipeInput(
                "k".getBytes(),
                page("https://news.example/empty", "<html><body><nav><a href=/>Home</a></nav></body></html>"));
        DeadLetter d = dead.readValue();
        assertThat(d.getUrl()).isEqualTo("https://news.example/empty");
        assertThat(d.getErrorKind()).isNotBlank();
        assertThat(articles.isEmpty()).isTrue();
        assertThat(metrics.counter("newsflow.enrich.pages", "outcome", "dead_letter", "reason", d.getErrorKind())
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void aPageOverItsBudgetIsATooSlowDeadLetterWithItsBytesAndTheNextPageGoesOn() {
        EnrichSettings s = EnrichSettings.defaults()
                .withPageBudget(Duration.ofMillis(1000))
                .withMaxRecordBytes(16 * 1024 * 1024);
        String table = "<html><body><table>"
                + "<tr><td>cell</td><td>1</td><td>two</td><td>3.0</td><td>x</td></tr>".repeat(100_000)
                + "</table></body></html>";
        try (TopologyTestDriver slow = new TopologyTestDriver(EnrichTopology.build(
                s,
                serdes,
                new Enricher(Extractor.withDefaults(), TAGGER, Clock.fixed(NOW, ZoneOffset.UTC)),
                metrics,
                Clock.fixed(NOW, ZoneOffset.UTC)))) {
            var in = slow.createInputTopic(s.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
            var out = slow.createOutputTopic(
                    s.articlesTopic(),
                    new StringDeserializer(),
                    serdes.article().deserializer());
            var dlq = slow.createOutputTopic(
                    s.deadLetters(),
                    new ByteArrayDeserializer(),
                    serdes.deadLetter().deserializer());
            byte[] tableRecord = page("https://news.example/table", table);
            long t0 = System.nanoTime();
            in.pipeInput("table".getBytes(), tableRecord);
            long tookMs = (System.nanoTime() - t0) / 1_000_000;
            in.pipeInput(
                    "good".getBytes(),
                    page(
                            "https://news.example/good",
                            "<html><head><title>T</title></head><body><article>"
                                    + "<p>The council approved the plan on Tuesday after a long debate about costs and benefits.</p>"
                                            .repeat(3)
                                    + "</article></body></html>"));

            DeadLetter d = dlq.readValue();
            assertThat(d.getErrorKind()).isEqualTo("too-slow");
            assertThat(d.getUrl()).isEqualTo("https://news.example/table");
            assertThat(d.getOriginalValue().array()).isEqualTo(tableRecord);
            assertThat(tookMs).as("time the stream thread waited, ms").isLessThan(3_000);
            assertThat(out.readValue().getUrl()).isEqualTo("https://news.example/good");
            assertThat(dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void aFileTheFolderSourceCouldNotReadIsADeadLetterWithTheReason() {
        byte[] record = serdes.rawPage()
                .serializer()
                .serialize(
                        "pages.raw",
                        RawPage.newBuilder()
                                .setUrl("file:/in/b.html.gz")
                                .setFetchedAt(NOW)
                                .setContentType("text/html")
                                .setBody(ByteBuffer.wrap(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2}))
                                .setSource(PageSource.FILE)
                                .setSourceMeta(Map.of(
                                        "file.path", "b.html.gz",
                                        "file.read.error", "corrupt gzip file: java.io.EOFException"))
                                .build());
        raw.pipeInput("b".getBytes(), record);
        DeadLetter d = dead.readValue();
        assertThat(d.getErrorKind()).isEqualTo("unreadable-file");
        assertThat(d.getMessage()).isEqualTo("corrupt gzip file: java.io.EOFException");
        assertThat(d.getOriginalValue().array()).isEqualTo(record);
        assertThat(articles.isEmpty()).isTrue();
    }

    @Test
    void anArticleOverTheRecordLimitIsCutAtAParagraphAndFlagged() {
        int limit = 256 * 1024;
        EnrichSettings s = EnrichSettings.defaults()
                .withMaxRecordBytes(limit)
                .withPageBudget(Duration.ofSeconds(120)); // the size is the point, not the time
        Random random = new Random(7);
        StringBuilder html = new StringBuilder("<html><head><title>Long</title></head><body><article>");
        while (html.length() < 2_000_000) {
            html.append("<p>");
            for (int w = 0; w < 60; w++) {
                for (int c = 2 + random.nextInt(7); c > 0; c--) html.append((char) ('a' + random.nextInt(26)));
                html.append(w == 59 ? ".</p>" : " ");
            }
        }
        html.append("</article></body></html>");
        try (TopologyTestDriver small = new TopologyTestDriver(EnrichTopology.build(
                s,
                serdes,
                new Enricher(Extractor.withDefaults(), TAGGER, Clock.fixed(NOW, ZoneOffset.UTC)),
                metrics,
                Clock.fixed(NOW, ZoneOffset.UTC)))) {
            var in = small.createInputTopic(s.rawTopic(), new ByteArraySerializer(), new ByteArraySerializer());
            var out = small.createOutputTopic(s.articlesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
            in.pipeInput("big".getBytes(), page("https://news.example/big", html.toString()));
            byte[] value = out.readValue();
            assertThat(value.length).isLessThanOrEqualTo(limit);
            Article a = serdes.article().deserializer().deserialize("t", value);
            assertThat(a.getRemoved().get("cut-to-size")).isGreaterThan(1_000_000);
            assertThat(a.getText()).endsWith(".").hasSizeGreaterThan(limit / 8);
            assertThat(a.getHtml()).isNull();
        }
    }
}
