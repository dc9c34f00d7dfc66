package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.RunIsolation;
import io.newsflow.app.config.Settings;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.schema.Article;
import io.newsflow.schema.registry.RegistrySchemas;
import io.newsflow.testkit.ApicurioRegistry;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose deployment's path, with the real Apicurio Registry: ingest, enrich and sink all write the registry's
 * wire format (magic byte 0, then the 4-byte id of a schema the registry serves), schemas are registered under the
 * FULL rule, and every page of the samples becomes an {@code Article} (the specific class) on articles.clean.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RegistryPipelineIT {

    private static ApicurioRegistry registry;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path state;

    @BeforeAll
    static void startRegistry() {
        registry = ApicurioRegistry.start().orElse(null);
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) registry.close();
    }

    @Test
    void everyPageBecomesAnArticleInTheRegistrysWireFormat(KafkaCluster kafka) throws Exception {
        Assumptions.assumeTrue(registry != null, ApicurioRegistry.unavailableBecause());
        Map<String, String> o = new HashMap<>(
                RunIsolation.overrides(UUID.randomUUID().toString().substring(0, 8)));
        o.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        o.put("kafka.schema.registry.url", registry.url());
        o.put("topics.partitions", "2");
        o.put("streams.state.dir", state.toString());
        NewsflowConfig config = NewsflowConfig.from(Settings.load(null, Map.of(), o));
        TopicPlan.ensure(config.kafka(), config.topics());
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (StreamsStage enrich = Stages.enrich(config, metrics).start();
                StreamsStage sink = Stages.sink(config, metrics).start()) {
            int pages = Math.toIntExact(Publish.folder(config.ingest(), config.kafka(), Path.of("../samples")));

            List<ConsumerRecord<byte[], byte[]>> raw =
                    kafka.readAtLeast(config.topics().pagesRaw(), pages, Duration.ofSeconds(30));
            List<ConsumerRecord<byte[], byte[]>> clean =
                    kafka.readAtLeast(config.topics().articlesClean(), pages, Duration.ofSeconds(120));
            assertThat(enrich.isRunning() && sink.isRunning())
                    .as("both stages up")
                    .isTrue();

            assertThat(clean).hasSize(pages);
            for (ConsumerRecord<byte[], byte[]> r : raw) assertRegistryFramed(r.value(), "RawPage");
            for (ConsumerRecord<byte[], byte[]> r : clean) {
                assertRegistryFramed(r.value(), "Article");
                Object decoded = config.serdes()
                        .article()
                        .deserializer()
                        .deserialize(config.topics().articlesClean(), r.value());
                assertThat(decoded).isInstanceOf(Article.class);
            }
        }
        String rule = get(registry.url() + "/groups/default/artifacts/"
                + config.topics().articlesClean() + "-value/rules/COMPATIBILITY");
        assertThat(rule).contains(RegistrySchemas.COMPATIBILITY);
    }

    /** Magic byte 0, then a 4-byte id the registry resolves to the expected schema. */
    private void assertRegistryFramed(byte[] value, String recordName) throws Exception {
        assertThat(value[0]).as("magic byte").isZero();
        int id = ByteBuffer.wrap(value, 1, 4).getInt();
        assertThat(get(registry.url() + "/ids/contentIds/" + id)).contains("\"name\":\"" + recordName + "\"");
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + " → " + r.body()).isEqualTo(200);
        return r.body();
    }
}
