package io.newsflow.sink.state;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * The little the sink's logic needs from a key-value store. The Streams wiring backs it with a
 * changelogged state store, tests and the benchmark with a map, so dedup and story grouping are plain
 * classes that know nothing of Kafka.
 */
public interface Table<V> {

    V get(String key);

    void put(String key, V value);

    void delete(String key);

    /** Visits every entry; the visitor must not modify the table. */
    void forEach(BiConsumer<String, V> visitor);

    /** Deletes every entry the predicate selects: the one way state is bounded. Returns how many. */
    default int deleteIf(BiPredicate<String, V> stale) {
        List<String> doomed = new ArrayList<>();
        forEach((k, v) -> {
            if (stale.test(k, v)) {
                doomed.add(k);
            }
        });
        doomed.forEach(this::delete);
        return doomed.size();
    }
}
