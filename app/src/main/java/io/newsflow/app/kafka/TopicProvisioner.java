package io.newsflow.app.kafka;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.config.TopicSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics that are missing, as config says; leaves existing ones alone. */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {}

    public static List<NewTopic> plan(TopicSettings t) {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(t.pagesRaw(), t.partitions(), t.replication()));
        for (String name : List.of(t.articlesEnriched(), t.articlesClean())) {
            topics.add(new NewTopic(name, t.partitions(), t.replication()));
        }
        // Dead letters are the record of what went wrong: keep them until someone looks.
        topics.add(new NewTopic(t.pagesDlq(), t.partitions(), t.replication())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
        topics.add(new NewTopic(t.articlesLatest(), t.partitions(), t.replication())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        topics.add(new NewTopic(t.stories(), t.partitions(), t.replication())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        // One partition: sink's dedup and story grouping must see every article in one task.
        topics.add(new NewTopic(t.sinkHandOff(), 1, t.replication()));
        for (String routed : t.routing().topics()) {
            topics.add(new NewTopic(routed, t.partitions(), t.replication()));
        }
        // Every topic takes the one record limit: the broker's 1 MB default would refuse a large article
        // and wedge the transaction that carries it.
        for (NewTopic topic : topics) {
            Map<String, String> configs = new HashMap<>(topic.configs() == null ? Map.of() : topic.configs());
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(t.maxRecordBytes()));
            topic.configs(configs);
        }
        return topics;
    }

    /** Existing topics whose max.message.bytes is below the record limit: one line naming each, or empty. */
    static List<String> tooSmall(Admin admin, TopicSettings t, Set<String> existing) throws Exception {
        List<ConfigResource> ours = plan(t).stream()
                .map(NewTopic::name)
                .filter(existing::contains)
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                .toList();
        if (ours.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        admin.describeConfigs(ours).all().get(30, TimeUnit.SECONDS).forEach((resource, config) -> {
            var entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry != null && entry.value() != null && Long.parseLong(entry.value()) < t.maxRecordBytes()) {
                out.add("topic " + resource.name() + " has max.message.bytes=" + entry.value()
                        + ", below limits.record.bytes=" + t.maxRecordBytes());
            }
        });
        return out;
    }

    /**
     * A topic just created may be missing from the broker's metadata for a moment, and a Streams app
     * that starts then stops on a missing source topic: wait until every partition has a leader.
     */
    private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                var described = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                if (described.values().stream()
                        .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null))) {
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // not visible yet
            }
            Thread.sleep(100);
        }
        log.warn("topics {} have no leader after 30 s", names);
    }

    public static void ensure(KafkaSettings kafka, TopicSettings topics) {
        try (Admin admin = Admin.create(KafkaClients.common(kafka))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> small = tooSmall(admin, topics, existing);
            if (!small.isEmpty()) {
                throw new IllegalStateException(String.join("; ", small)
                        + " (raise it with kafka-configs --alter --add-config max.message.bytes=..., or lower"
                        + " limits.record.bytes)");
            }
            List<NewTopic> missing = plan(topics).stream()
                    .filter(t -> !existing.contains(t.name()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot create topics at " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }
}
