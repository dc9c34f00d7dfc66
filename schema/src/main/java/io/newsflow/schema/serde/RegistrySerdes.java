package io.newsflow.schema.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * The registry wire format, provided by {@code newsflow-schema-registry} (found with {@link java.util.ServiceLoader}),
 * so that this artifact needs only Avro and a consumer without a registry pulls nothing else.
 */
public interface RegistrySerdes {

    /** A serde writing the registry's wire format and reading it back as {@code type}. */
    <T extends SpecificRecord> Serde<T> serde(Class<T> type, String registryUrl, Map<String, String> config);
}
