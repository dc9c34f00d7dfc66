package io.newsflow.app.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Which keys a setting may have: those of the defaults file, and {@code kafka.client.<name>} where
 * {@code <name>} is a setting some Kafka client or the schema registry serde knows. A mistyped key fails at
 * start naming the nearest known one, instead of being silently ignored.
 */
final class KnownKeys {

    private static final Set<String> KAFKA = kafkaNames();
    /** Settings of the schema registry serdes (Apicurio's, and Confluent-style basic auth). */
    private static final List<String> SERDE_PREFIXES = List.of("apicurio.", "basic.auth.", "schema.registry.");

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private KnownKeys() {}

    /** Throws naming the key, where it came from and the nearest known key, when {@code key} is unknown. */
    static void check(String key, String from, Set<String> known) {
        if (known.contains(key)) return;
        if (key.startsWith(Settings.CLIENT_PREFIX)) {
            String name = key.substring(Settings.CLIENT_PREFIX.length());
            if (KAFKA.contains(name) || SERDE_PREFIXES.stream().anyMatch(name::startsWith)) return;
            throw new IllegalArgumentException("unknown Kafka client setting '" + key + "' (" + from + ")"
                    + hint(Settings.CLIENT_PREFIX, name, KAFKA));
        }
        throw new IllegalArgumentException("unknown setting '" + key + "' (" + from + ")" + hint("", key, known));
    }

    private static String hint(String prefix, String key, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(k, key))
                        .thenComparing(k -> k))
                .filter(k -> DISTANCE.apply(k, key) <= Math.max(3, key.length() / 3))
                .map(k -> "; did you mean '" + prefix + k + "'?")
                .orElse("; see newsflow-default.properties for every key");
    }

    private static Set<String> kafkaNames() {
        Set<String> names = new TreeSet<>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        names.addAll(StreamsConfig.configDef().names());
        return names;
    }
}
