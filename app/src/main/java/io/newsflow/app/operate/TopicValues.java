package io.newsflow.app.operate;

import io.newsflow.app.config.TopicSettings;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.schema.serde.AvroSerdes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Decodes the values of any Newsflow topic with the serde the stages write it with (registry or single-object),
 * chosen by the schema {@link TopicPlan} gives the topic; topics without a schema (the crawler's JSON) as text.
 */
final class TopicValues {

    private final Map<String, Schema> schemas;
    private final AvroSerdes serdes;

    TopicValues(TopicSettings topics, AvroSerdes serdes) {
        this.schemas = TopicPlan.valueSchemas(topics);
        this.serdes = serdes;
    }

    Function<byte[], Object> decoder(String topic) {
        Schema schema = schemas.get(topic);
        if (schema == null) {
            return bytes -> bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
        Deserializer<? extends SpecificRecord> d = switch (schema.getName()) {
            case "RawPage" -> serdes.rawPage().deserializer();
            case "Article" -> serdes.article().deserializer();
            case "DeadLetter" -> serdes.deadLetter().deserializer();
            case "Story" -> serdes.story().deserializer();
            default -> throw new IllegalStateException("no serde for " + schema.getFullName());
        };
        return bytes -> d.deserialize(topic, bytes);
    }
}
