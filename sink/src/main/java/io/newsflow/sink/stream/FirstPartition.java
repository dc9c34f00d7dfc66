package io.newsflow.sink.stream;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.StreamPartitioner;

/** Every record to partition 0: the sink's hand-off, where dedup and story grouping must see all articles. */
public final class FirstPartition<K, V> implements StreamPartitioner<K, V> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, K key, V value, Headers headers, int partitions) {
        return Optional.of(Set.of(0));
    }

    /** Kafka 4.4 calls the variant with headers; this is the interface's old abstract method. */
    @Override
    @SuppressWarnings("removal")
    public Optional<Set<Integer>> partitions(String topic, K key, V value, int partitions) {
        return Optional.of(Set.of(0));
    }
}
