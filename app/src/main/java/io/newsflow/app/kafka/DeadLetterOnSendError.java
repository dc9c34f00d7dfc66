package io.newsflow.app.kafka;

import io.newsflow.app.config.StreamsSettings;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.serde.AvroSerdes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence of a stage's output: a record that cannot be serialized or that the producer
 * refuses (too large, invalid) becomes a dead letter carrying the source record's bytes, and the stream
 * resumes instead of failing the same batch for ever. Stages fit their records before writing them, so this
 * should never fire; when it does, the dead letter says where.
 */
public final class DeadLetterOnSendError implements ProductionExceptionHandler {

    static final String TOPIC = "newsflow.dead.letter.topic";
    static final String STAGE = "newsflow.stage";
    static final String REGISTRY = "newsflow.registry.url";
    static final String MAX_BYTES = "newsflow.max.record.bytes";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOnSendError.class);

    /** Makes this the production exception handler of a stage with {@code settings}. */
    public static void configure(Properties props, KafkaSettings kafka, StreamsSettings settings) {
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnSendError.class);
        props.put(TOPIC, settings.deadLetterTopic());
        props.put(STAGE, settings.applicationId());
        props.put(MAX_BYTES, kafka.maxRecordBytes());
        if (kafka.registryUrl() != null) props.put(REGISTRY, kafka.registryUrl());
    }

    private String topic;
    private String stage;
    private int maxValueBytes;
    private Serializer<DeadLetter> serializer;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = String.valueOf(configs.get(TOPIC));
        stage = String.valueOf(configs.get(STAGE));
        maxValueBytes = Integer.parseInt(String.valueOf(configs.get(MAX_BYTES))) - 64 * 1024;
        Object registry = configs.get(REGISTRY);
        serializer = new AvroSerdes(registry == null ? null : registry.toString(), Map.of())
                .deadLetter()
                .serializer();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception e) {
        return deadLetter(context, record.topic(), "send-failed", e);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(
            ErrorHandlerContext context, ProducerRecord record, Exception e, SerializationExceptionOrigin origin) {
        return deadLetter(context, record.topic(), "serialization-failed", e);
    }

    private Response deadLetter(ErrorHandlerContext context, String target, String kind, Exception e) {
        try {
            return deadLetterOrFail(context, target, kind, e);
        } catch (RuntimeException bug) {
            // A handler that throws is a fatal error in Streams; failing says the same, with the cause logged.
            log.error("{}: no dead letter for a failed write to {}: {}", stage, target, bug.toString());
            return Response.fail();
        }
    }

    private Response deadLetterOrFail(ErrorHandlerContext context, String target, String kind, Exception e) {
        if (target.equals(topic)) {
            // A dead letter that cannot be written cannot become another one: stop rather than lose it.
            log.error("{}: dead letter for {} could not be written: {}", stage, context.topic(), e.toString());
            return Response.fail();
        }
        byte[] value = context.sourceRawValue();
        String message = "writing to " + target + " failed: " + e;
        if (value != null && value.length > maxValueBytes / 2) {
            message += " (original value cut from " + value.length + " bytes)";
            value = Arrays.copyOf(value, maxValueBytes / 2);
        }
        DeadLetter letter = DeadLetters.of(
                new DeadLetters.Origin(
                        context.topic() == null ? "unknown" : context.topic(), context.partition(), context.offset()),
                stage,
                kind,
                message,
                null,
                context.sourceRawKey(),
                value,
                Instant.now());
        log.warn(
                "{}: record from {}-{}@{} became a dead letter: {}",
                stage,
                context.topic(),
                context.partition(),
                context.offset(),
                message);
        return Response.resume(
                List.of(new ProducerRecord<>(topic, context.sourceRawKey(), serializer.serialize(topic, letter))));
    }
}
