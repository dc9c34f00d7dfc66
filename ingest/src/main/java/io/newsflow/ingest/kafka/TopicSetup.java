package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the ingest topics that are missing: pages, frontier, and the compacted history. */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {}

    public static void ensure(CrawlerConfig config) {
        Optional<Short> rf = Optional.empty(); // broker default replication
        List<NewTopic> topics = List.of(
                new NewTopic(config.pagesTopic(), Optional.of(config.topicPartitions()), rf)
                        .configs(Map.of(
                                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                // the body limit is the record limit less a 1 MiB envelope (app's SizeLimits): the
                                // same max.message.bytes as every other Newsflow topic
                                String.valueOf(config.maxBodyBytes() + (1 << 20)))),
                new NewTopic(config.frontierTopic(), Optional.of(config.topicPartitions()), rf),
                new NewTopic(config.historyTopic(), Optional.of(config.topicPartitions()), rf)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        try (Admin admin = Admin.create(KafkaClients.common(config))) {
            for (NewTopic t : topics) {
                try {
                    admin.createTopics(List.of(t)).all().get();
                    log.info("topic created name={} partitions={}", t.name(), t.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(
                                "cannot create topic " + t.name() + ": "
                                        + e.getCause().getMessage(),
                                e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
