package io.newsflow.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterOnSendErrorTest {

    private final DeadLetterOnSendError handler = new DeadLetterOnSendError();

    DeadLetterOnSendErrorTest() {
        handler.configure(Map.of(
                DeadLetterOnSendError.TOPIC, "pages.dlq",
                DeadLetterOnSendError.STAGE, "newsflow-enrich",
                DeadLetterOnSendError.MAX_BYTES, "1048576"));
    }

    @Test
    void aRecordTheProducerRefusesBecomesADeadLetterWithTheSourceBytesAndTheStreamResumes() {
        var response = handler.handleError(
                context("page".getBytes(StandardCharsets.UTF_8), "raw page bytes".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>("articles.enriched", new byte[1], new byte[2]),
                new RecordTooLargeException("The message is 2000000 bytes"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> out = response.deadLetterQueueRecords().get(0);
        assertThat(out.topic()).isEqualTo("pages.dlq");
        DeadLetter d = AvroSerdes.registryFree().deadLetter().deserializer().deserialize("pages.dlq", out.value());
        assertThat(d.getErrorKind()).isEqualTo("send-failed");
        assertThat(d.getMessage()).contains("articles.enriched", "RecordTooLargeException");
        assertThat(d.getSourceTopic()).isEqualTo("pages.raw");
        assertThat(d.getSourceOffset()).isEqualTo(41);
        assertThat(new String(d.getOriginalValue().array(), StandardCharsets.UTF_8))
                .isEqualTo("raw page bytes");
    }

    @Test
    void aDeadLetterThatCannotBeWrittenStopsTheStreamRatherThanVanish() {
        var response = handler.handleError(
                context(null, new byte[3]),
                new ProducerRecord<>("pages.dlq", null, new byte[2]),
                new RecordTooLargeException("too large"));
        assertThat(response.result()).isEqualTo(Result.FAIL);
    }

    private static ErrorHandlerContext context(byte[] key, byte[] value) {
        return new ErrorHandlerContext() {
            public String topic() {
                return "pages.raw";
            }

            public int partition() {
                return 0;
            }

            public long offset() {
                return 41;
            }

            public Headers headers() {
                return new RecordHeaders();
            }

            public String processorNodeId() {
                return "write-articles";
            }

            public TaskId taskId() {
                return new TaskId(0, 0);
            }

            public long timestamp() {
                return 0;
            }

            public byte[] sourceRawKey() {
                return key;
            }

            public byte[] sourceRawValue() {
                return value;
            }
        };
    }
}
