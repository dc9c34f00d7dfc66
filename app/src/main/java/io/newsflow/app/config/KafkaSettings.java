package io.newsflow.app.config;

import java.util.Map;

/**
 * How to reach Kafka and the schema registry.
 *
 * @param bootstrapServers broker list
 * @param registryUrl      schema registry URL, or null for registry-free Avro
 * @param client           extra client settings (security, SASL, TLS) passed to every client
 * @param maxRecordBytes   producers' max.request.size ({@link SizeLimits})
 */
public record KafkaSettings(
        String bootstrapServers, String registryUrl, Map<String, String> client, int maxRecordBytes) {

    public KafkaSettings {
        client = Map.copyOf(client);
    }

    public static KafkaSettings from(Settings s) {
        return new KafkaSettings(
                s.get("kafka.bootstrap.servers"),
                s.getOrNull("kafka.schema.registry.url"),
                s.withPrefix(Settings.CLIENT_PREFIX),
                SizeLimits.from(s).recordBytes());
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, registryUrl, client, maxRecordBytes);
    }

    /** For logs: client settings with secret-looking values masked. */
    public String describe() {
        StringBuilder sb = new StringBuilder("bootstrap=")
                .append(Secrets.maskUrls(bootstrapServers))
                .append(" registry=")
                .append(registryUrl == null ? "none (single-object Avro)" : Secrets.maskUrls(registryUrl));
        client.forEach((k, v) -> sb.append(' ').append(k).append('=').append(Secrets.shown(k, v)));
        return sb.toString();
    }
}
