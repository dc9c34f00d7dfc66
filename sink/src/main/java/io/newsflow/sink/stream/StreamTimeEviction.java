package io.newsflow.sink.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * How every sink store is kept bounded: by stream time, not wall-clock time, so a replay or a sink that
 * was down for a day forgets exactly what a sink running all along would have, and a test can drive it.
 */
final class StreamTimeEviction {

    /** How often stale state is looked for: fine-grained next to windows of days, rare next to records. */
    static final Duration EVERY = Duration.ofHours(1);

    private StreamTimeEviction() {}

    /** Runs {@code evict} with the stream time whenever stream time has moved on by {@link #EVERY}. */
    static void schedule(ProcessorContext<?, ?> context, LongConsumer evict) {
        context.schedule(EVERY, PunctuationType.STREAM_TIME, evict::accept);
    }

    /**
     * Deletes the entries last written before {@code cutoff} and says what went. An entry with no
     * timestamp (written before the store kept them, e.g. a plain store upgraded in place) is stamped
     * {@code now} instead, so it is kept for one whole window rather than dropped on the spot.
     */
    static <V> Forgotten deleteOlderThan(TimestampedKeyValueStore<String, V> store, long cutoff, long now) {
        List<String> stale = new ArrayList<>();
        long[] newest = {Long.MIN_VALUE};
        List<String> unstamped = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<V>> it = store.all()) {
            it.forEachRemaining(kv -> {
                if (kv.value.timestamp() < 0) {
                    unstamped.add(kv.key);
                } else if (kv.value.timestamp() < cutoff) {
                    stale.add(kv.key);
                    newest[0] = Math.max(newest[0], kv.value.timestamp());
                }
            });
        }
        stale.forEach(store::delete);
        unstamped.forEach(k -> store.put(k, ValueAndTimestamp.make(store.get(k).value(), now)));
        return new Forgotten(stale.size(), newest[0]);
    }

    /**
     * @param entries how many entries were deleted
     * @param newest  the latest timestamp among them ({@link Long#MIN_VALUE} when none)
     */
    record Forgotten(int entries, long newest) {}
}
