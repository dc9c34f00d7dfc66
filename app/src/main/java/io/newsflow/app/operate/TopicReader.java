package io.newsflow.app.operate;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads one topic's committed records without a consumer group (an operator's look changes no one's offsets): from
 * the beginning or from the end, until a stop condition or, with {@code toEnd}, until the end offsets of the start.
 */
final class TopicReader {

    private TopicReader() {}

    static void read(
            KafkaSettings kafka,
            String topic,
            boolean fromBeginning,
            boolean toEnd,
            Predicate<Long> stop,
            Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(kafka, "newsflow-operator", null)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            if (parts.isEmpty()) throw new IllegalArgumentException("no topic " + topic);
            consumer.assign(parts);
            if (fromBeginning) consumer.seekToBeginning(parts);
            else consumer.seekToEnd(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long seen = 0;
            while (!stop.test(seen)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(r);
                    seen++;
                    if (stop.test(seen)) return;
                }
                if (toEnd && parts.stream().allMatch(p -> consumer.position(p) >= end.get(p))) return;
            }
        }
    }
}
