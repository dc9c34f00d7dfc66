package io.newsflow.schema.serde;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Registry-free Avro: the Avro single-object encoding (marker {@code C3 01}, the 8-byte CRC-64 fingerprint
 * of the writer schema, then the binary datum). A consumer that has the {@code .avsc} files can decode
 * every message without any server, and knows from the fingerprint which schema wrote it.
 */
final class SingleObjectAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final String typeName;

    SingleObjectAvroSerde(Class<T> type, Schema schema) {
        SpecificData model = SpecificData.getForClass(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        this.typeName = schema.getFullName();
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return encoder.encode(value).array();
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot encode " + typeName + " for topic " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return decoder.decode(bytes);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException(
                        "not a " + typeName + " single-object Avro message on " + topic + " (" + bytes.length
                                + " bytes): " + e.getMessage(),
                        e);
            }
        };
    }
}
