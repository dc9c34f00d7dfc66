package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerExtensionIT {

    @Test
    void recordsSentToTheBrokerComeBackInOrder(KafkaCluster kafka) {
        String topic = kafka.uniqueName("roundtrip");
        kafka.createTopics(1, topic);
        for (int i = 0; i < 3; i++) {
            kafka.send(topic, null, ("m" + i).getBytes(StandardCharsets.UTF_8));
        }
        List<ConsumerRecord<byte[], byte[]>> got = kafka.readAtLeast(topic, 3, Duration.ofSeconds(30));
        assertThat(got)
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("m0", "m1", "m2");
    }

    @Test
    void everyTestGetsTheSameBrokerAndItsOwnNames(KafkaCluster a, KafkaCluster b) {
        assertThat(a.bootstrapServers()).isEqualTo(b.bootstrapServers());
        assertThat(a.uniqueName("t")).isNotEqualTo(b.uniqueName("t"));
    }
}
