package io.newsflow.app.kafka;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.config.TopicSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Creates the topics that are missing, as config says; leaves existing ones alone. */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {
    }

    public static List<NewTopic> plan(TopicSettings t) {
        List<NewTopic> topics = new ArrayList<>();
        // Raw pages can be large (the extractor reads up to 8 MB of a page); the broker's 1 MB default would refuse them.
        topics.add(new NewTopic(t.pagesRaw(), t.partitions(), t.replication())
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(KafkaClients.MAX_RECORD_BYTES))));
        for (String name : List.of(t.articlesEnriched(), t.articlesClean())) {
            topics.add(new NewTopic(name, t.partitions(), t.replication()));
        }
        // Dead letters are the record of what went wrong: keep them until someone looks.
        topics.add(new NewTopic(t.pagesDlq(), t.partitions(), t.replication())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(KafkaClients.MAX_RECORD_BYTES))));
        topics.add(new NewTopic(t.articlesLatest(), t.partitions(), t.replication())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        return topics;
    }

    public static void ensure(KafkaSettings kafka, TopicSettings topics) {
        try (Admin admin = Admin.create(KafkaClients.common(kafka))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = plan(topics).stream().filter(t -> !existing.contains(t.name())).toList();
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics at " + kafka.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }
}
