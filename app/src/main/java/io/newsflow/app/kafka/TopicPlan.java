package io.newsflow.app.kafka;

import io.newsflow.app.config.TopicSettings;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.kafka.TopicProvisioner;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Story;
import io.newsflow.schema.registry.RegistrySchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Every topic Newsflow writes, how it is created and which schema its values have: the one plan the
 * provisioner and the schema registration follow, whichever stage starts first.
 */
public final class TopicPlan {

    private TopicPlan() {}

    /**
     * Creates the pipeline's missing topics and, with a registry, registers their schemas under the
     * compatibility rule, so that no stage writes a record before its schema is checked.
     */
    public static void ensure(KafkaSettings kafka, TopicSettings t) {
        TopicProvisioner.ensure(kafka, pipeline(t), Set.of(t.sinkHandOff()));
        if (kafka.registryUrl() != null) {
            RegistrySchemas.register(kafka.registryUrl(), valueSchemas(t));
        }
    }

    public static List<NewTopic> pipeline(TopicSettings t) {
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
        // Partitioned by language: each partition's task holds the dedup and story state of its languages.
        topics.add(new NewTopic(t.sinkHandOff(), t.sinkHandOffPartitions(), t.replication()));
        for (String routed : t.routing().topics()) {
            topics.add(new NewTopic(routed, t.partitions(), t.replication()));
        }
        return withRecordLimit(topics, t.maxRecordBytes());
    }

    /**
     * Every topic takes the one record limit ({@code limits.record.bytes}): the broker's 1 MB default would
     * refuse a large page or article and wedge the transaction that carries it.
     */
    static List<NewTopic> withRecordLimit(List<NewTopic> topics, int maxRecordBytes) {
        for (NewTopic topic : topics) {
            Map<String, String> configs = new HashMap<>(topic.configs() == null ? Map.of() : topic.configs());
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxRecordBytes));
            topic.configs(configs);
        }
        return topics;
    }

    /** The crawler's own topics, only when it crawls: the frontier and the compacted fetch history. */
    public static List<NewTopic> crawl(CrawlerConfig c, TopicSettings t) {
        return withRecordLimit(
                List.of(
                        new NewTopic(c.frontierTopic(), t.partitions(), t.replication()),
                        new NewTopic(c.historyTopic(), t.partitions(), t.replication())
                                .configs(
                                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))),
                t.maxRecordBytes());
    }

    /** The Avro schema of each pipeline topic's values, for registration in the schema registry. */
    public static Map<String, Schema> valueSchemas(TopicSettings t) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(t.pagesRaw(), RawPage.getClassSchema());
        schemas.put(t.pagesDlq(), DeadLetter.getClassSchema());
        schemas.put(t.stories(), Story.getClassSchema());
        for (String articles : List.of(t.articlesEnriched(), t.articlesClean(), t.articlesLatest(), t.sinkHandOff())) {
            schemas.put(articles, Article.getClassSchema());
        }
        for (String routed : t.routing().topics()) {
            schemas.put(routed, Article.getClassSchema());
        }
        return schemas;
    }
}
