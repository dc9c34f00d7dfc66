package io.newsflow.kafka;

import io.newsflow.schema.serde.AvroSerdes;
import java.util.Map;

/**
 * How to reach Kafka and the schema registry: the one copy every stage, ingest included, makes its clients
 * and serdes from.
 *
 * @param bootstrapServers broker list
 * @param registryUrl      schema registry URL, or null for registry-free Avro
 * @param client           extra client settings (security, SASL, TLS) passed to every client
 * @param maxRecordBytes   the record limit ({@code limits.record.bytes}): producers' max.request.size and every
 *                         topic's max.message.bytes
 */
public record KafkaSettings(
        String bootstrapServers, String registryUrl, Map<String, String> client, int maxRecordBytes) {

    /** The default of {@code limits.record.bytes}: 11 MiB. */
    public static final int DEFAULT_RECORD_BYTES = 11 * 1024 * 1024;

    public KafkaSettings {
        client = Map.copyOf(client);
        if (registryUrl != null && registryUrl.isBlank()) {
            registryUrl = null;
        }
    }

    /** A plain broker, no registry, no client settings, the default record limit: tests. */
    public static KafkaSettings at(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, null, Map.of(), DEFAULT_RECORD_BYTES);
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, registryUrl, client, maxRecordBytes);
    }

    public KafkaSettings withRegistry(String url) {
        return new KafkaSettings(bootstrapServers, url, client, maxRecordBytes);
    }

    /** The serdes of every topic: the registry's wire format when one is set, single-object Avro otherwise. */
    public AvroSerdes serdes() {
        return new AvroSerdes(registryUrl, client);
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
