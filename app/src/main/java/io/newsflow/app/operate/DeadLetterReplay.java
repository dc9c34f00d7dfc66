package io.newsflow.app.operate;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Sends dead letters back to the topic they came from, after a fix. Exactly once per replay group: each batch of
 * replayed records and the group's position on the dead-letter topic commit in one transaction, so a second
 * replay (or one that crashed half-way and is run again) sends nothing already sent. The group is per reason,
 * so replaying one reason does not mark the others as done. Downstream, the sink emits an article only when its
 * content is new, so even a page replayed twice by different groups comes out once.
 *
 * <p>Pages are re-encoded in the topic's current format when their bytes decode in either format: dead letters
 * written as {@code undecodable-record} because a writer used the other encoding become readable pages.
 */
public final class DeadLetterReplay {

    private final KafkaSettings kafka;
    private final String dlqTopic;
    private final String pagesTopic;
    private final AvroSerdes serdes;

    public DeadLetterReplay(KafkaSettings kafka, String dlqTopic, String pagesTopic) {
        this.kafka = kafka;
        this.dlqTopic = dlqTopic;
        this.pagesTopic = pagesTopic;
        this.serdes = kafka.serdes();
    }

    /** The replay group of a reason filter: its committed offsets say which dead letters were replayed. */
    public static String group(String reason) {
        return "newsflow-dlq-replay-" + (reason == null ? "all" : reason);
    }

    /** Replays the matching dead letters not replayed before by this reason's group; returns how many it sent. */
    public long replay(String reason, Instant since) {
        Predicate<DeadLetter> wanted = d -> (reason == null || reason.equals(d.getErrorKind()))
                && (since == null || !d.getFailedAt().isBefore(since));
        Deserializer<DeadLetter> letters = serdes.deadLetter().deserializer();
        String group = group(reason);
        long sent = 0;
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(kafka, group, group);
                KafkaProducer<String, byte[]> producer = KafkaClients.producer(kafka, group, group)) {
            producer.initTransactions();
            consumer.subscribe(List.of(dlqTopic));
            int idlePolls = 0;
            while (idlePolls < 4) { // ~2 s without records: the topic is read to its end
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    idlePolls += consumer.assignment().isEmpty() ? 0 : 1;
                    continue;
                }
                idlePolls = 0;
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : records) {
                    DeadLetter d = letters.deserialize(dlqTopic, r.value());
                    if (d != null && wanted.test(d) && d.getOriginalValue() != null) {
                        producer.send(new ProducerRecord<>(d.getSourceTopic(), key(d), value(d)));
                        sent++;
                    }
                    next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                producer.sendOffsetsToTransaction(next, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
        return sent;
    }

    private static String key(DeadLetter d) {
        ByteBuffer k = d.getOriginalKey();
        return k == null ? null : new String(bytes(k), StandardCharsets.UTF_8);
    }

    private byte[] value(DeadLetter d) {
        byte[] original = bytes(d.getOriginalValue());
        if (!d.getSourceTopic().equals(pagesTopic)) {
            return original;
        }
        RawPage page = decodePage(original);
        return page == null ? original : serdes.rawPage().serializer().serialize(pagesTopic, page);
    }

    private RawPage decodePage(byte[] bytes) {
        for (AvroSerdes format : List.of(serdes, AvroSerdes.registryFree())) {
            try {
                return format.rawPage().deserializer().deserialize(pagesTopic, bytes);
            } catch (RuntimeException notThisFormat) {
                // try the other
            }
        }
        return null;
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
