package io.newsflow.sink.stream;

import io.newsflow.sink.state.Table;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A {@link Table} backed by a changelogged Kafka Streams store. */
final class StoreTable implements Table<String> {

    private final KeyValueStore<String, String> store;

    StoreTable(KeyValueStore<String, String> store) {
        this.store = store;
    }

    @Override
    public String get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, String value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public void forEach(BiConsumer<String, String> visitor) {
        try (KeyValueIterator<String, String> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, String> kv = it.next();
                visitor.accept(kv.key, kv.value);
            }
        }
    }
}
