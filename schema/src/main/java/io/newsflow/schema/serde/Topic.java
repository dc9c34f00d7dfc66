package io.newsflow.schema.serde;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A topic's name with the serdes of its keys and values, so no code picks a serde by hand or casts what it
 * reads: {@code pages.encode(page)} writes a {@code RawPage} in the topic's wire format.
 */
public record Topic<K, V>(String name, Serde<K> keys, Serde<V> values) {

    /** A topic keyed by a string (URL, article id), as every Newsflow topic is. */
    public static <V> Topic<String, V> keyedByString(String name, Serde<V> values) {
        return new Topic<>(name, Serdes.String(), values);
    }

    public byte[] encode(V value) {
        return values.serializer().serialize(name, value);
    }

    public V decode(byte[] value) {
        return values.deserializer().deserialize(name, value);
    }
}
