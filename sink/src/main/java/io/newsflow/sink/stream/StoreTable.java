package io.newsflow.sink.stream;

import io.newsflow.sink.state.Table;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A {@link Table} backed by a changelogged Kafka Streams store. */
final class StoreTable<V> implements Table<V> {

    private final KeyValueStore<String, V> store;

    StoreTable(KeyValueStore<String, V> store) {
        this.store = store;
    }

    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public void forEach(BiConsumer<String, V> visitor) {
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                visitor.accept(kv.key, kv.value);
            }
        }
    }
}
