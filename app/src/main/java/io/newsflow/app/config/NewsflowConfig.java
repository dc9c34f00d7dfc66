package io.newsflow.app.config;

import io.newsflow.enrich.stream.EnrichSettings;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.stories.StorySettings;
import io.newsflow.sink.stream.SinkSettings;
import java.time.Duration;

/**
 * The whole configuration, typed, read once at start.
 *
 * @param versionRetention how long the sink remembers an article id after it last saw it
 *                         ({@code sink.version.retention.days})
 * @param pageBudget       longest enrich may spend on one page ({@code enrich.page.budget.ms})
 * @param stories          how the sink groups articles into stories ({@code sink.stories.*})
 */
public record NewsflowConfig(
        KafkaSettings kafka,
        TopicSettings topics,
        StreamsSettings enrich,
        StreamsSettings sink,
        Duration versionRetention,
        CrawlerConfig ingest,
        Duration pageBudget,
        StorySettings stories) {

    public static NewsflowConfig from(Settings s) {
        KafkaSettings kafka = kafka(s);
        TopicSettings topics = TopicSettings.from(s);
        return new NewsflowConfig(
                kafka,
                topics,
                StreamsSettings.from(s, "enrich"),
                StreamsSettings.from(s, "sink"),
                Duration.ofDays(s.getInt("sink.version.retention.days", 7, 36_500)),
                IngestSettings.crawlerConfig(s, topics),
                Duration.ofMillis(
                        s.getInt("enrich.page.budget.ms", 100, s.getInt("streams.transaction.timeout.ms") / 4)),
                stories(s));
    }

    /**
     * Story grouping: {@code sink.stories.threshold}, {@code .full.terms}, {@code .half.life.hours},
     * {@code .window.hours}, {@code .meaning.weight}, {@code .meaning.offset}, {@code .merge.threshold}.
     */
    static StorySettings stories(Settings s) {
        return new StorySettings(
                s.getDouble("sink.stories.threshold", 0.001, 0.999),
                Duration.ofHours(s.getInt("sink.stories.half.life.hours", 1, 24 * 365)),
                Duration.ofHours(s.getInt("sink.stories.window.hours", 1, 24 * 365)),
                s.getInt("sink.stories.full.terms", 0, 10_000),
                s.getDouble("sink.stories.meaning.weight", 0, 100),
                s.getDouble("sink.stories.meaning.offset", -1, 1),
                s.getDouble("sink.stories.merge.threshold", 0, 100));
    }

    /** How to reach Kafka and the registry: {@code kafka.bootstrap.servers}, {@code kafka.schema.registry.url}, every
     * {@code kafka.client.*} setting, and the record limit {@code limits.record.bytes}. */
    public static KafkaSettings kafka(Settings s) {
        return new KafkaSettings(
                s.get("kafka.bootstrap.servers"),
                s.getOrNull("kafka.schema.registry.url"),
                s.withPrefix(Settings.CLIENT_PREFIX),
                SizeLimits.from(s).recordBytes());
    }

    public NewsflowConfig withBootstrapServers(String servers) {
        return new NewsflowConfig(
                kafka.withBootstrapServers(servers),
                topics,
                enrich,
                sink,
                versionRetention,
                ingest,
                pageBudget,
                stories);
    }

    public AvroSerdes serdes() {
        return kafka.serdes();
    }

    public EnrichSettings enrichTopics() {
        return new EnrichSettings(
                topics.pagesRaw(), topics.articlesEnriched(), topics.pagesDlq(), pageBudget, kafka.maxRecordBytes());
    }

    public SinkSettings sinkSettings() {
        return new SinkSettings(
                        topics.articlesEnriched(), topics.articlesClean(), topics.articlesLatest(), topics.pagesDlq())
                .withStoriesTopic(topics.stories())
                .withHandOffTopic(topics.sinkHandOff())
                .withHandOffLanguages(topics.sinkHandOffLanguages())
                .withRouting(topics.routing())
                .withVersionRetention(versionRetention)
                .withStories(stories);
    }
}
