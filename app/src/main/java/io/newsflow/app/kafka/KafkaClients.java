package io.newsflow.app.kafka;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.config.StreamsSettings;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Client properties for every Kafka client Newsflow makes, built from the typed settings in one place. */
public final class KafkaClients {

    private KafkaClients() {}

    public static Map<String, Object> common(KafkaSettings kafka) {
        Map<String, Object> p = new HashMap<>(kafka.client());
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return p;
    }

    /** Idempotent, acks=all: a page handed to the producer is either on the broker once or reported failed. */
    public static Map<String, Object> producer(KafkaSettings kafka, String clientId) {
        Map<String, Object> p = common(kafka);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, kafka.maxRecordBytes());
        return p;
    }

    public static Map<String, Object> readCommitted(KafkaSettings kafka, String groupId) {
        Map<String, Object> p = common(kafka);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return p;
    }

    public static Map<String, Object> streams(KafkaSettings kafka, StreamsSettings stage) {
        Map<String, Object> p = new HashMap<>();
        kafka.client().forEach((k, v) -> p.put(k, v));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, stage.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, stage.threads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, stage.stateDir());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, stage.commitIntervalMs());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);

        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), kafka.maxRecordBytes());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), stage.transactionTimeoutMs());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // The changelog and repartition topics Streams creates take the same record limit as ours: a store that
        // keeps an article would otherwise hit the broker's 1 MB default and fail every transaction with it.
        p.put(
                StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
                Integer.toString(kafka.maxRecordBytes()));
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterOnSendError.class);
        p.put(DeadLetterOnSendError.TOPIC, stage.deadLetterTopic());
        p.put(DeadLetterOnSendError.STAGE, stage.applicationId());
        p.put(DeadLetterOnSendError.MAX_BYTES, kafka.maxRecordBytes());
        if (kafka.registryUrl() != null) p.put(DeadLetterOnSendError.REGISTRY, kafka.registryUrl());
        return p;
    }
}
