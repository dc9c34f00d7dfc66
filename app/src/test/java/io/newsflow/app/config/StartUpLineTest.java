package io.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.KafkaSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line every stage logs at start, from settings as an operator writes them: no secret in it. */
class StartUpLineTest {

    @Test
    void theStartUpLineShowsNoSecret() {
        KafkaSettings kafka = NewsflowConfig.kafka(Settings.load(
                null,
                Map.of(),
                Map.of(
                        "kafka.schema.registry.url", "https://alice:s3cret@registry.example/apis/registry/v3",
                        "kafka.client.sasl.jaas.config", "PlainLoginModule required password=\"p\";",
                        "kafka.client.basic.auth.user.info", "alice:s3cret",
                        "kafka.client.security.protocol", "SASL_SSL")));
        assertThat(kafka.describe()).doesNotContain("s3cret", "password=").contains("SASL_SSL", "****");
    }
}
