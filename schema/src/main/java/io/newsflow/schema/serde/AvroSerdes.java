package io.newsflow.schema.serde;

import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Story;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * The one place serdes are made. Without a registry URL, messages use Avro single-object encoding;
 * with one, Apicurio's serde ({@code newsflow-schema-registry}, found on the classpath) writes the
 * Confluent wire format (magic byte, 4-byte schema id), so Kafka UI and Confluent-compatible consumers
 * read the topics, and readers get the generated classes ({@code Article}, not a generic record). Its
 * {@code RegistrySchemas} registers every topic's schema under the compatibility rule at start.
 *
 * @param registryUrl the schema registry (Apicurio {@code /apis/registry/v3}) or null for registry-free
 * @param registryConfig extra client settings passed to the registry serde (auth, TLS)
 */
public record AvroSerdes(String registryUrl, Map<String, String> registryConfig) {

    public AvroSerdes {
        registryConfig = registryConfig == null ? Map.of() : Map.copyOf(registryConfig);
        if (registryUrl != null && registryUrl.isBlank()) {
            registryUrl = null;
        }
    }

    public static AvroSerdes registryFree() {
        return new AvroSerdes(null, Map.of());
    }

    public boolean usesRegistry() {
        return registryUrl != null;
    }

    public Serde<RawPage> rawPage() {
        return forType(RawPage.class, RawPage.getClassSchema());
    }

    public Serde<Article> article() {
        return forType(Article.class, Article.getClassSchema());
    }

    /**
     * The article serde for a fan-out: one serializer for a store and every topic an article goes to, which
     * encodes an article it is handed again and again (stored, then sent to three topics) once.
     */
    public Serde<Article> articleForFanOut() {
        return new EncodedOnce<>(article());
    }

    public Serde<DeadLetter> deadLetter() {
        return forType(DeadLetter.class, DeadLetter.getClassSchema());
    }

    public Serde<Story> story() {
        return forType(Story.class, Story.getClassSchema());
    }

    private static RegistrySerdes registry() {
        return ServiceLoader.load(RegistrySerdes.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "a schema registry URL is set but newsflow-schema-registry is not on the classpath"));
    }

    private <T extends SpecificRecord> Serde<T> forType(Class<T> type, Schema schema) {
        if (!usesRegistry()) {
            return new SingleObjectAvroSerde<>(type, schema);
        }
        return registry().serde(type, registryUrl, registryConfig);
    }
}
