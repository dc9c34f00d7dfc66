package io.newsflow.app.kafka;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the committed records of one topic from its start, in a consumer group of its own: what a
 * downstream consumer of an exactly-once stage would see.
 */
public final class CommittedReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;

    public CommittedReader(KafkaSettings kafka, String topic, Deserializer<V> values, String groupPrefix) {
        this.consumer = new KafkaConsumer<>(
                KafkaClients.consumerConfig(kafka, groupPrefix, groupPrefix + UUID.randomUUID()),
                new StringDeserializer(),
                values);
        this.consumer.subscribe(List.of(topic));
    }

    /** Polls once and hands each value to the callback; returns how many arrived. */
    public int poll(Duration wait, Consumer<V> each) {
        int[] n = {0};
        consumer.poll(wait).forEach(r -> {
            n[0]++;
            each.accept(r.value());
        });
        return n[0];
    }

    /** True once the group has given this reader its partitions (it polls to get there). */
    public boolean assigned() {
        return !consumer.assignment().isEmpty();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
