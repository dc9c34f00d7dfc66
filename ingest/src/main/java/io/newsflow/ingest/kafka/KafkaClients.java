package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The producer and consumer settings of the ingest stage, in one place. */
final class KafkaClients {

    private KafkaClients() {}

    /** The brokers and the deployment's client settings (security, SASL, TLS) every client of the crawler needs. */
    static Map<String, Object> common(CrawlerConfig config) {
        Map<String, Object> m = new HashMap<>(config.kafkaClient());
        m.put("bootstrap.servers", config.bootstrapServers());
        return m;
    }

    /** Idempotent, acks=all: a retried send never duplicates, an acknowledged one is on every in-sync replica. */
    static KafkaProducer<String, byte[]> producer(CrawlerConfig config, String clientId, String transactionalId) {
        Map<String, Object> p = common(config);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"); // pages are HTML: compresses 5-10x
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Math.max(1 << 20, config.maxBodyBytes() + (64 << 10)));
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            p.put(
                    ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                    30_000); // a crashed crawler blocks readers at most this long
        }
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    static KafkaConsumer<String, byte[]> consumer(CrawlerConfig config, String clientId, String groupId) {
        Map<String, Object> c = common(config);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        if (groupId != null) {
            c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
