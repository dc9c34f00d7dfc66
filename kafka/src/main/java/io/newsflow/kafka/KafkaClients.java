package io.newsflow.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every Kafka client Newsflow makes (producers, consumers, admin, Streams), built here from {@link KafkaSettings},
 * so that the brokers, the deployment's security settings and the record size limit are set in one place.
 * Clients carry bytes; values are encoded and decoded with the topic's serdes ({@code Topic}), so that a
 * poison record is the caller's to handle, not the client's.
 */
public final class KafkaClients {

    private KafkaClients() {}

    /** The brokers and the deployment's client settings (security, SASL, TLS) every client needs. */
    public static Map<String, Object> common(KafkaSettings kafka) {
        Map<String, Object> p = new HashMap<>(kafka.client());
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return p;
    }

    /** Idempotent, acks=all: a record handed to the producer is either on the broker once or reported failed. */
    public static Map<String, Object> producerConfig(KafkaSettings kafka, String clientId) {
        Map<String, Object> p = common(kafka);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"); // pages are HTML: compresses 5-10x
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, kafka.maxRecordBytes());
        // One request in flight: with more, a request refused by a partition the broker has only just created
        // (NOT_LEADER_OR_FOLLOWER) can be overtaken by the next one, which is written; the first is then refused as
        // out of order on every retry until it times out (KAFKA-15591; the broker we run still does it). Seen in the
        // compose smoke: one page of six lost from pages.raw.
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return p;
    }

    /**
     * A producer of bytes; with a {@code transactionalId} it writes transactions that time out after 30 s, so a
     * crashed writer blocks read-committed readers at most that long.
     */
    public static KafkaProducer<String, byte[]> producer(KafkaSettings kafka, String clientId, String transactionalId) {
        Map<String, Object> p = producerConfig(kafka, clientId);
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
        }
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Reads committed records only, from the earliest offset when the group has none, and commits only when
     * told to; {@code groupId} null for a consumer that assigns partitions itself.
     */
    public static Map<String, Object> consumerConfig(KafkaSettings kafka, String clientId, String groupId) {
        Map<String, Object> c = common(kafka);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        if (groupId != null) {
            c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return c;
    }

    public static KafkaConsumer<String, byte[]> consumer(KafkaSettings kafka, String clientId, String groupId) {
        return new KafkaConsumer<>(
                consumerConfig(kafka, clientId, groupId), new StringDeserializer(), new ByteArrayDeserializer());
    }

    public static Admin admin(KafkaSettings kafka) {
        return Admin.create(common(kafka));
    }

    /** A Streams stage: exactly-once v2, the same record size limit and compression as every producer. */
    public static Map<String, Object> streams(
            KafkaSettings kafka, String applicationId, int threads, String stateDir, int commitIntervalMs) {
        Map<String, Object> p = common(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), kafka.maxRecordBytes());
        // The changelog and repartition topics Streams creates take the same record limit as ours: a store that
        // keeps an article would otherwise hit the broker's 1 MB default and fail every transaction with it.
        p.put(
                StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
                Integer.toString(kafka.maxRecordBytes()));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return p;
    }
}
