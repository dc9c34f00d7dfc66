package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records on pages.raw, through the real enrich stage on a real broker: each ends as an article
 * or a dead letter with a reason, within a time bound, and the stream keeps going. Prints the tally.
 */
@ExtendWith(KafkaBrokerExtension.class)
class HostileInputIT {

    private static final String PROSE =
            "<p>The harbour council met on Tuesday evening and voted to approve the new sea wall, "
                    + "after residents spoke for and against the plan for more than two hours in the crowded hall.</p>";
    private final AvroSerdes serdes = AvroSerdes.registryFree();

    @Test
    void everyHostileRecordEndsAsAnArticleOrADeadLetterAndTheStreamGoesOn(KafkaCluster kafka, @TempDir Path state)
            throws Exception {
        NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), state);
        TopicPlan.ensure(config.kafka(), config.topics());
        Map<String, byte[]> cases = cases();
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (StreamsStage enrich = Stages.enrich(config, metrics).start()) {
            for (Map.Entry<String, byte[]> c : cases.entrySet()) {
                kafka.send(config.topics().pagesRaw(), c.getKey().getBytes(StandardCharsets.UTF_8), c.getValue());
            }
            kafka.send(
                    config.topics().pagesRaw(),
                    "after-all".getBytes(StandardCharsets.UTF_8),
                    page(
                            "after-all",
                            "text/html",
                            null,
                            ("<html><body><article>" + PROSE + PROSE + "</article></body></html>")
                                    .getBytes(StandardCharsets.UTF_8)));
            int total = cases.size() + 1;

            Set<String> articles = new HashSet<>();
            Map<String, String> dead = new LinkedHashMap<>();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (articles.size() + dead.size() < total && System.nanoTime() < deadline) {
                kafka.readFor(config.topics().articlesEnriched(), Duration.ofSeconds(2))
                        .forEach(r -> {
                            Article a = serdes.article().deserializer().deserialize("t", r.value());
                            articles.add(a.getUrl().substring("https://hostile.example/".length()));
                        });
                kafka.readFor(config.topics().pagesDlq(), Duration.ofSeconds(1)).forEach(r -> {
                    DeadLetter d = serdes.deadLetter().deserializer().deserialize("t", r.value());
                    dead.put(
                            new String(d.getOriginalKey().array(), StandardCharsets.UTF_8),
                            d.getErrorKind() + ": " + d.getMessage());
                });
            }
            Timer extract = metrics.find("newsflow.enrich.extract").timer();
            System.out.printf(
                    "hostile input: %d cases, %d articles, %d dead letters, %d lost; slowest page %.0f ms%n",
                    total,
                    articles.size(),
                    dead.size(),
                    total - articles.size() - dead.size(),
                    extract == null ? 0 : extract.max(TimeUnit.MILLISECONDS));
            dead.forEach((k, why) ->
                    System.out.printf("  dead letter %-28s %s%n", k, why.length() > 90 ? why.substring(0, 90) : why));

            Set<String> seen = new HashSet<>(articles);
            seen.addAll(dead.keySet());
            assertThat(seen)
                    .as("every case accounted for")
                    .containsAll(cases.keySet())
                    .contains("after-all");
            assertThat(articles)
                    .as("the stream went on to the good page after them")
                    .contains("after-all");
            assertThat(dead.keySet())
                    .as("records that are not pages")
                    .contains("not-avro", "wrong-schema", "truncated-avro", "empty-record");
            assertThat(dead.values()).allSatisfy(why -> assertThat(why).isNotBlank());
            assertThat(extract.max(TimeUnit.SECONDS))
                    .as("slowest page, seconds")
                    .isLessThan(20);
            assertThat(enrich.isRunning()).isTrue();
        }
    }

    private Map<String, byte[]> cases() throws Exception {
        Map<String, byte[]> c = new LinkedHashMap<>();
        Random random = new Random(42);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        c.put("not-avro", "definitely not a RawPage".getBytes(StandardCharsets.UTF_8));
        c.put(
                "wrong-schema",
                serdes.deadLetter()
                        .serializer()
                        .serialize(
                                "t",
                                DeadLetter.newBuilder()
                                        .setSourceTopic("x")
                                        .setStage("x")
                                        .setErrorKind("x")
                                        .setFailedAt(Instant.EPOCH)
                                        .build()));
        byte[] good = page("x", "text/html", null, PROSE.getBytes(StandardCharsets.UTF_8));
        c.put("truncated-avro", java.util.Arrays.copyOf(good, good.length / 2));
        c.put("empty-record", new byte[0]);
        c.put("random-body", page("random-body", "text/html", null, noise));
        c.put("empty-body", page("empty-body", "text/html", null, new byte[0]));
        c.put(
                "png-body",
                page(
                        "png-body",
                        "text/html",
                        null,
                        concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, noise)));
        c.put("gzip-as-html", page("gzip-as-html", "text/html", null, gzip(PROSE.repeat(50))));
        c.put("deep-nesting", html("deep-nesting", "<div>".repeat(100_000) + PROSE + "</div>".repeat(100_000)));
        c.put("unclosed-tags", html("unclosed-tags", "<table><tr><td><b><i><span>".repeat(20_000) + PROSE));
        c.put("nul-bytes", html("nul-bytes", PROSE.replace(' ', '\0') + PROSE));
        c.put("script-flood", html("script-flood", "<script>var a='x';</script>".repeat(200_000) + PROSE + PROSE));
        c.put(
                "huge-attribute",
                html("huge-attribute", "<div class=\"" + "a ".repeat(2_000_000) + "\">" + PROSE + PROSE + "</div>"));
        c.put(
                "long-line",
                page(
                        "long-line",
                        "text/plain",
                        "utf-8",
                        ("Related " + "word ".repeat(400_000)).getBytes(StandardCharsets.UTF_8)));
        c.put(
                "regex-bait",
                page(
                        "regex-bait",
                        "text/plain",
                        "utf-8",
                        ("Leave a Reply " + "a".repeat(200_000) + "!\n" + "Source : " + " ".repeat(100_000) + "x\n"
                                        + "MORE NEWS " + "- 2 hours ago ".repeat(20_000) + "\n")
                                .getBytes(StandardCharsets.UTF_8)));
        c.put(
                "invalid-utf8",
                page(
                        "invalid-utf8",
                        "text/html",
                        "utf-8",
                        concat(
                                PROSE.getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xa0, (byte) 0xa1, (byte) 0xff},
                                PROSE.getBytes(StandardCharsets.UTF_8))));
        c.put(
                "mixed-encodings",
                page(
                        "mixed-encodings",
                        "text/html",
                        null,
                        concat(
                                ("<p>Caf\u00e9 society gathered on the quay to watch the regatta, and the mood was cheerful all afternoon long.</p>")
                                        .getBytes(Charset.forName("windows-1252")),
                                PROSE.replace("council", "c\u00f6uncil").getBytes(StandardCharsets.UTF_8))));
        c.put(
                "bogus-charset",
                page("bogus-charset", "text/html", "x-no-such-charset-\u263a", PROSE.getBytes(StandardCharsets.UTF_8)));
        c.put(
                "large-page",
                html(
                        "large-page",
                        "<nav>" + "<a href=/x>link</a>".repeat(50_000) + "</nav><article>" + PROSE.repeat(20_000)
                                + "</article>"));
        return c;
    }

    private byte[] html(String id, String body) {
        return page(
                id,
                "text/html",
                "utf-8",
                ("<html><head><title>" + id + "</title></head><body>" + body + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private byte[] page(String id, String type, String charset, byte[] body) {
        return serdes.rawPage()
                .serializer()
                .serialize(
                        "t",
                        RawPage.newBuilder()
                                .setUrl("https://hostile.example/" + id)
                                .setFetchedAt(Instant.now())
                                .setContentType(type)
                                .setDeclaredCharset(charset)
                                .setBody(ByteBuffer.wrap(body))
                                .setSource(PageSource.CRAWL)
                                .build());
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
