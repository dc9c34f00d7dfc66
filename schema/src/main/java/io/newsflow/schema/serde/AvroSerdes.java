package io.newsflow.schema.serde;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Story;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one place serdes are made. Without a registry URL, messages use Avro single-object encoding;
 * with one, Apicurio's serde writes the Confluent wire format (magic byte, 4-byte schema id) and
 * registers the schemas, so Kafka UI and Confluent-compatible consumers read the topics; readers get the
 * generated classes ({@code Article}, not a generic record). {@link RegistrySchemas} registers every topic's
 * schema under the compatibility rule before the first record is written.
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

    public Serde<DeadLetter> deadLetter() {
        return forType(DeadLetter.class, DeadLetter.getClassSchema());
    }

    public Serde<Story> story() {
        return forType(Story.class, Story.getClassSchema());
    }

    private <T extends SpecificRecord> Serde<T> forType(Class<T> type, org.apache.avro.Schema schema) {
        if (!usesRegistry()) {
            return new SingleObjectAvroSerde<>(type, schema);
        }
        Map<String, Object> config = new HashMap<>(registryConfig);
        config.put("apicurio.registry.url", registryUrl);
        config.put("apicurio.registry.auto-register", "true");
        config.put("apicurio.registry.use-id", "contentId");
        // Without these the deserializer returns GenericData.Record and every cast to Article fails.
        config.put("apicurio.registry.use-specific-avro-reader", "true");
        config.put("apicurio.registry.deserializer.value.return-class", type.getName());
        Serializer<T> serializer = new AvroKafkaSerializer<>();
        Deserializer<T> deserializer = new AvroKafkaDeserializer<>();
        serializer.configure(config, false);
        deserializer.configure(config, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
