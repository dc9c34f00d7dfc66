package io.newsflow.app.bench;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;

/**
 * Bytes a stage's state stores wrote to their changelog topics, read from the broker's log directories: what
 * the state costs the broker (each byte is written, replicated, and read back on restore).
 */
final class ChangelogBytes {

    private ChangelogBytes() {}

    /** Log bytes of every changelog topic of {@code applicationId}, by store name, in name order. */
    static Map<String, Long> of(KafkaSettings kafka, String applicationId) {
        String prefix = applicationId + "-";
        try (Admin admin = KafkaClients.admin(kafka)) {
            Set<String> topics = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(prefix) && t.endsWith("-changelog"))
                    .collect(Collectors.toSet());
            Map<String, Long> bytes = new TreeMap<>();
            Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(
                            admin.describeCluster().nodes().get().stream()
                                    .map(n -> n.id())
                                    .toList())
                    .allDescriptions()
                    .get();
            dirs.values()
                    .forEach(byDir -> byDir.values()
                            .forEach(d -> d.replicaInfos()
                                    .forEach((tp, info) -> add(bytes, topics, prefix, tp.topic(), info))));
            return bytes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the broker's log directories: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the broker's log directories", e);
        }
    }

    private static void add(Map<String, Long> bytes, Set<String> topics, String prefix, String topic, ReplicaInfo r) {
        if (topics.contains(topic)) {
            String store = topic.substring(prefix.length(), topic.length() - "-changelog".length());
            bytes.merge(store, r.size(), Long::sum);
        }
    }
}
