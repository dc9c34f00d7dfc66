package io.newsflow.schema.registry;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.newsflow.schema.serde.RegistrySerdes;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Apicurio's serde: the Confluent wire format (magic byte, 4-byte schema id), schemas registered where
 * {@link RegistrySchemas} put them, readers given the generated classes.
 */
public final class ApicurioSerdes implements RegistrySerdes {

    @Override
    public <T extends SpecificRecord> Serde<T> serde(Class<T> type, String registryUrl, Map<String, String> extra) {
        Map<String, Object> config = new HashMap<>(extra);
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
