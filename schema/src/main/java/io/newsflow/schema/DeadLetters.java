package io.newsflow.schema;

import java.nio.ByteBuffer;
import java.time.Instant;

/** Builds the dead letter every stage writes, so each carries the same facts: where, why, and the bytes. */
public final class DeadLetters {

    private DeadLetters() {}

    /** Where a record was read from. */
    public record Origin(String topic, int partition, long offset) {}

    public static DeadLetter of(
            Origin origin,
            String stage,
            String kind,
            String message,
            String url,
            byte[] key,
            byte[] value,
            Instant now) {
        return DeadLetter.newBuilder()
                .setSourceTopic(origin.topic())
                .setSourcePartition(origin.partition())
                .setSourceOffset(origin.offset())
                .setStage(stage)
                .setErrorKind(kind)
                .setMessage(message == null ? "" : message)
                .setFailedAt(now)
                .setUrl(url)
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(value))
                .build();
    }
}
