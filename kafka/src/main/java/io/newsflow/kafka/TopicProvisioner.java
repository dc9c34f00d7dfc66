package io.newsflow.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics that are missing; leaves existing ones alone. The one place any stage creates topics:
 * which topics, with what settings, is the caller's plan.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {}

    /**
     * Existing topics of the plan whose max.message.bytes is below what the plan asks for: one line naming
     * each. Such a topic would refuse a large record and wedge the transaction that carries it.
     */
    static List<String> tooSmall(Admin admin, Collection<NewTopic> plan, Set<String> existing)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, String> wanted = new HashMap<>();
        for (NewTopic t : plan) {
            String limit = t.configs() == null ? null : t.configs().get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (limit != null && existing.contains(t.name())) wanted.put(t.name(), limit);
        }
        if (wanted.isEmpty()) return List.of();
        List<ConfigResource> resources = wanted.keySet().stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                .toList();
        List<String> out = new ArrayList<>();
        admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS).forEach((resource, config) -> {
            ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            String want = wanted.get(resource.name());
            if (entry != null && entry.value() != null && Long.parseLong(entry.value()) < Long.parseLong(want)) {
                out.add("topic " + resource.name() + " has max.message.bytes=" + entry.value()
                        + ", below limits.record.bytes=" + want);
            }
        });
        return out;
    }

    /**
     * Existing topics among {@code exact} whose partition count is not the plan's: one line naming each. Such a
     * topic's partitions decide which task holds which state, so a new count cannot be taken silently.
     */
    static List<String> otherPartitionCount(
            Admin admin, Collection<NewTopic> plan, Set<String> existing, Set<String> exact)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Integer> wanted = new HashMap<>();
        for (NewTopic t : plan) {
            if (exact.contains(t.name()) && existing.contains(t.name())) wanted.put(t.name(), t.numPartitions());
        }
        if (wanted.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        admin.describeTopics(wanted.keySet())
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .forEach((name, d) -> {
                    if (d.partitions().size() != wanted.get(name)) {
                        out.add("topic " + name + " has " + d.partitions().size()
                                + " partitions, the configuration asks for " + wanted.get(name));
                    }
                });
        return out;
    }

    public static void ensure(KafkaSettings kafka, Collection<NewTopic> plan) {
        ensure(kafka, plan, Set.of());
    }

    /**
     * Creates what is missing, as {@link #ensure(KafkaSettings, Collection)}, and refuses to start when a topic
     * of {@code exactPartitions} exists with another partition count than the plan's.
     */
    public static void ensure(KafkaSettings kafka, Collection<NewTopic> plan, Set<String> exactPartitions) {
        try (Admin admin = KafkaClients.admin(kafka)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> small = tooSmall(admin, plan, existing);
            if (!small.isEmpty()) {
                throw new IllegalStateException(String.join("; ", small)
                        + " (raise it with kafka-configs --alter --add-config max.message.bytes=..., or lower"
                        + " limits.record.bytes)");
            }
            List<String> recounted = otherPartitionCount(admin, plan, existing, exactPartitions);
            if (!recounted.isEmpty()) {
                throw new IllegalStateException(String.join("; ", recounted)
                        + " (its partitions decide where state lives: keep the existing count, or start the stage"
                        + " under a new application id with a new topic)");
            }
            List<NewTopic> missing =
                    plan.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // another stage starting at the same moment created it: what we wanted
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "cannot create topics at " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A topic just created may be missing from the broker's metadata for a moment, and a Streams app that starts
     * then stops on a missing source topic: wait until every partition has a leader.
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
            } catch (ExecutionException | TimeoutException e) {
                // not visible yet
            }
            Thread.sleep(100);
        }
        log.warn("topics {} have no leader after 30 s", names);
    }
}
