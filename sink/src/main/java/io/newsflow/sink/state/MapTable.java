package io.newsflow.sink.state;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** A {@link Table} in memory, for tests, benchmarks and probes that run the grouping without Kafka. */
public final class MapTable<V> implements Table<V> {

    private final Map<String, V> map;

    public MapTable() {
        this(new HashMap<>());
    }

    private MapTable(Map<String, V> map) {
        this.map = map;
    }

    /** An independent table holding the same entries. */
    public MapTable<V> copy() {
        return new MapTable<>(new HashMap<>(map));
    }

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, V value) {
        map.put(key, value);
    }

    @Override
    public void delete(String key) {
        map.remove(key);
    }

    @Override
    public void forEach(BiConsumer<String, V> visitor) {
        map.forEach(visitor);
    }

    public int size() {
        return map.size();
    }
}
