package io.newsflow.kafka;

import io.newsflow.schema.serde.AvroSerdes;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How to reach Kafka and the schema registry: the one copy every stage, ingest included, makes its clients
 * and serdes from.
 *
 * @param bootstrapServers broker list
 * @param registryUrl      schema registry URL, or null for registry-free Avro
 * @param client           extra client settings (security, SASL, TLS) passed to every client
 */
public record KafkaSettings(String bootstrapServers, String registryUrl, Map<String, String> client) {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|jaas|token|key\\b|credentials).*");

    public KafkaSettings {
        client = Map.copyOf(client);
        if (registryUrl != null && registryUrl.isBlank()) {
            registryUrl = null;
        }
    }

    /** A plain broker, no registry, no client settings: tests and {@code newsflow local}. */
    public static KafkaSettings at(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, null, Map.of());
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, registryUrl, client);
    }

    public KafkaSettings withRegistry(String url) {
        return new KafkaSettings(bootstrapServers, url, client);
    }

    /** The serdes of every topic: the registry's wire format when one is set, single-object Avro otherwise. */
    public AvroSerdes serdes() {
        return new AvroSerdes(registryUrl, client);
    }

    /** For logs: client settings with secret-looking values masked. */
    public String describe() {
        StringBuilder sb = new StringBuilder("bootstrap=")
                .append(bootstrapServers)
                .append(" registry=")
                .append(registryUrl == null ? "none (single-object Avro)" : registryUrl);
        client.forEach((k, v) ->
                sb.append(' ').append(k).append('=').append(SECRET.matcher(k).matches() ? "****" : v));
        return sb.toString();
    }
}
