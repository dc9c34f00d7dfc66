package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.enrich.fingerprint.Fingerprints;
import io.newsflow.schema.Article;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stopped and started again while pages flow through enrich and sink: the stages recover on
 * their own (no restart, no reset) and every page reaches articles.clean exactly once. This test owns its
 * broker (it stops it), so it does not use the shared one.
 */
class BrokerRestartIT {

    private static final int PAGES = 120;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void stagesRideOutABrokerRestartAndEveryPageArrivesOnce(@TempDir Path state) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            KafkaCluster kafka = KafkaCluster.at(broker.bootstrapServers());
            NewsflowConfig config = IsolatedConfig.on(broker.bootstrapServers(), state);
            TopicPlan.ensure(config.kafka(), config.topics());
            String raw = config.topics().pagesRaw();
            NumberedPages.publishPages(kafka, raw, "restart", 0, PAGES);
            SimpleMeterRegistry metrics = new SimpleMeterRegistry();
            try (StreamsStage enrich = Stages.enrich(config, metrics).start();
                    StreamsStage sink = Stages.sink(config, metrics).start()) {
                ExactlyOnce.awaitAtLeast(kafka, config.topics().articlesClean(), PAGES / 8, WAIT);

                broker.stop();
                Thread.sleep(3_000); // long enough for every client to notice, short of any session timeout
                broker.restart();
                NumberedPages.publishPages(kafka, raw, "restart", PAGES, 2 * PAGES);

                List<Article> clean = ExactlyOnce.assertEachOnce(
                        kafka,
                        config.topics().articlesClean(),
                        AvroSerdes.registryFree().article().deserializer(),
                        Article::getId,
                        2 * PAGES,
                        WAIT);
                assertThat(clean)
                        .extracting(Article::getId)
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 2 * PAGES)
                                .mapToObj(i -> Fingerprints.articleId(NumberedPages.url("restart", i)))
                                .toList());
                assertThat(enrich.isRunning()).as("enrich running again").isTrue();
                assertThat(sink.isRunning()).as("sink running again").isTrue();
            }
        }
    }
}
