package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.enrich.fingerprint.Fingerprints;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's promise, on a real broker: every page comes out once, as an article or a dead letter. */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineEndToEndIT {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path state;

    private NewsflowConfig config;
    private StreamsStage enrich;
    private StreamsStage sink;
    private final AvroSerdes serdes = AvroSerdes.registryFree();

    @BeforeEach
    void startStages(KafkaCluster kafka) {
        config = IsolatedConfig.on(kafka.bootstrapServers(), state);
        TopicPlan.ensure(config.kafka(), config.topics());
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        enrich = Stages.enrich(config, metrics).start();
        sink = Stages.sink(config, metrics).start();
    }

    @AfterEach
    void stopStages() {
        enrich.close();
        sink.close();
    }

    @Test
    void everyPageComesOutExactlyOnceAsAnArticleOrADeadLetter(KafkaCluster kafka) throws Exception {
        int first = publishSamples();
        byte[] poison = "\u0000\u00ffthis is not an Avro RawPage".getBytes(StandardCharsets.ISO_8859_1);
        kafka.send(config.topics().pagesRaw(), "poison".getBytes(StandardCharsets.UTF_8), poison);
        int second = publishSamples();
        assertThat(first).isEqualTo(second).isGreaterThanOrEqualTo(5);

        List<Article> clean = List.of();
        List<DeadLetter> dead = List.of();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !accountedFor(first, clean, dead)) {
            dead = kafka.readFor(config.topics().pagesDlq(), Duration.ofSeconds(2)).stream()
                    .map(r -> serdes.deadLetter().deserializer().deserialize("t", r.value()))
                    .toList();
            clean = kafka.readFor(config.topics().articlesClean(), Duration.ofSeconds(2)).stream()
                    .map(r -> serdes.article().deserializer().deserialize("t", r.value()))
                    .toList();
        }
        // A quiet moment more, so that a duplicate arriving late would be seen.
        clean = kafka.readFor(config.topics().articlesClean(), Duration.ofSeconds(4)).stream()
                .map(r -> serdes.article().deserializer().deserialize("t", r.value()))
                .toList();

        // The poison record is a dead letter with its bytes; the pages after it still came through.
        DeadLetter poisoned = dead.stream()
                .filter(d -> d.getErrorKind().equals("undecodable-record"))
                .findFirst()
                .orElseThrow();
        assertThat(poisoned.getStage()).isEqualTo("enrich");
        assertThat(poisoned.getSourceTopic()).isEqualTo(config.topics().pagesRaw());
        assertThat(poisoned.getOriginalValue().array()).isEqualTo(poison);

        // Each sample page once downstream: the replayed copies were recognised as already delivered.
        Set<String> pageUrls = dead.stream()
                .filter(d -> d.getUrl() != null)
                .map(DeadLetter::getUrl)
                .collect(Collectors.toSet());
        long pageDeadLetters = dead.stream().filter(d -> d.getUrl() != null).count();
        assertThat(clean.size() + pageUrls.size())
                .as("articles + pages in the DLQ")
                .isEqualTo(first);
        assertThat(pageDeadLetters)
                .as("a page that fails, fails each time it is sent")
                .isEqualTo(2L * pageUrls.size());
        assertThat(clean).extracting(Article::getId).doesNotHaveDuplicates();

        for (Article a : clean) {
            assertThat(a.getId())
                    .isEqualTo(Fingerprints.articleId(a.getCanonicalUrl() != null ? a.getCanonicalUrl() : a.getUrl()));
            assertThat(a.getText()).isNotBlank();
            assertThat(a.getWordCount()).isPositive();
            assertThat(a.getVersion()).isEqualTo(1);
            assertThat(a.getSinkAt()).isNotNull();
            assertThat(a.getContentHash()).hasSize(64);
            assertThat(a.getUrl()).startsWith("file:");
        }
        List<ConsumerRecord<byte[], byte[]>> latest =
                kafka.readAtLeast(config.topics().articlesLatest(), clean.size(), WAIT);
        assertThat(latest).hasSize(clean.size());
    }

    /** Every page is an article or a dead letter (twice: it was sent twice), plus the poison record. */
    private static boolean accountedFor(int pages, List<Article> clean, List<DeadLetter> dead) {
        long failedPages = dead.stream()
                .filter(d -> d.getUrl() != null)
                .map(DeadLetter::getUrl)
                .distinct()
                .count();
        return clean.size() + failedPages == pages && dead.size() == 1 + 2 * failedPages;
    }

    private int publishSamples() throws Exception {
        return Math.toIntExact(Publish.folder(config.ingest(), config.kafka(), SAMPLES));
    }
}
