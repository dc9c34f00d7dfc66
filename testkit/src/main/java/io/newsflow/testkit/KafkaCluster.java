package io.newsflow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The real broker a test talks to, with the few operations every integration test needs, so that
 * no test copies its own admin, producer and consumer setup.
 */
public final class KafkaCluster {

    private static final AtomicInteger names = new AtomicInteger();
    private final String bootstrapServers;
    private final String kind;

    KafkaCluster(String bootstrapServers, String kind) {
        this.bootstrapServers = bootstrapServers;
        this.kind = kind;
    }

    /**
     * A broker the test started itself, e.g. one it stops and restarts and so cannot share through
     * {@link KafkaBrokerExtension}: the same operations, without a copy of their setup.
     */
    public static KafkaCluster at(String bootstrapServers) {
        return new KafkaCluster(bootstrapServers, "own");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** "embedded" (in-process KRaft), "testcontainers", or "own" (see {@link #at}). */
    public String kind() {
        return kind;
    }

    /** A name no other test in this JVM uses, for topics, groups and application ids. */
    public String uniqueName(String base) {
        return base + "-" + names.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public void createTopics(int partitions, String... topics) {
        try (Admin admin = admin()) {
            List<NewTopic> list = Arrays.stream(topics)
                    .map(t -> new NewTopic(t, partitions, (short) 1))
                    .toList();
            admin.createTopics(list).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(topics), e.getCause());
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Sends raw key/value bytes and waits until the broker has them. */
    public void send(String topic, byte[] key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        32 * 1024 * 1024),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("send to " + topic + " failed", e.getCause());
        }
    }

    /**
     * Reads committed records from the start of a topic until {@code count} have arrived or the
     * timeout passes, and returns what arrived (so a test can say how many were missing).
     */
    public List<ConsumerRecord<byte[], byte[]>> readAtLeast(String topic, int count, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, uniqueName("reader"),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /** Reads everything committed on a topic for {@code duration}, to catch records that should not be there. */
    public List<ConsumerRecord<byte[], byte[]>> readFor(String topic, Duration duration) {
        return readAtLeast(topic, Integer.MAX_VALUE, duration);
    }
}
