package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.serde.AvroSerdes;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

    @Test
    void withARegistryEveryStageGetsTheRegistrySerdeFromTheOneFactory() {
        KafkaSettings kafka = KafkaSettings.at("localhost:9092").withRegistry("http://127.0.0.1:9/apis/registry/v3");
        Serde<?> article = kafka.serdes().article();
        assertThat(article.serializer().getClass().getName())
                .isEqualTo("io.apicurio.registry.serde.avro.AvroKafkaSerializer");
        assertThat(article.deserializer().getClass().getName())
                .isEqualTo("io.apicurio.registry.serde.avro.AvroKafkaDeserializer");
    }

    @Test
    void withoutARegistryRecordsAreSingleObjectAvro() {
        byte[] bytes = KafkaSettings.at("localhost:9092")
                .serdes()
                .deadLetter()
                .serializer()
                .serialize(
                        "pages.dlq",
                        DeadLetters.of(
                                new DeadLetters.Origin("pages.raw", 0, 0),
                                "enrich",
                                "binary-body",
                                "m",
                                "u",
                                null,
                                null,
                                Instant.EPOCH));
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(KafkaSettings.at("x").serdes()).isEqualTo(AvroSerdes.registryFree());
    }

    @Test
    void theStartUpLineMasksSecrets() {
        KafkaSettings kafka = new KafkaSettings(
                "b:9092",
                null,
                Map.of("sasl.jaas.config", "… password=\"hunter2\";", "security.protocol", "SASL_SSL"),
                KafkaSettings.DEFAULT_RECORD_BYTES);
        assertThat(kafka.describe()).contains("SASL_SSL").doesNotContain("hunter2");
    }
}
