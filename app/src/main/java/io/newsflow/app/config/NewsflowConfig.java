package io.newsflow.app.config;

import io.newsflow.enrich.stream.EnrichSettings;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.stream.SinkSettings;
import java.time.Duration;

/**
 * The whole configuration, typed, read once at start.
 *
 * @param versionRetention how long the sink remembers an article id after it last saw it
 *                         ({@code sink.version.retention.days})
 * @param pageBudget       longest enrich may spend on one page ({@code enrich.page.budget.ms})
 */
public record NewsflowConfig(
        KafkaSettings kafka,
        TopicSettings topics,
        StreamsSettings enrich,
        StreamsSettings sink,
        Duration versionRetention,
        CrawlerConfig ingest,
        Duration pageBudget) {

    public static NewsflowConfig from(Settings s) {
        KafkaSettings kafka = KafkaSettings.from(s);
        TopicSettings topics = TopicSettings.from(s);
        return new NewsflowConfig(
                kafka,
                topics,
                StreamsSettings.from(s, "enrich"),
                StreamsSettings.from(s, "sink"),
                Duration.ofDays(s.getInt("sink.version.retention.days", 7, 36_500)),
                IngestSettings.crawlerConfig(s, kafka, topics),
                Duration.ofMillis(
                        s.getInt("enrich.page.budget.ms", 100, s.getInt("streams.transaction.timeout.ms") / 4)));
    }

    public NewsflowConfig withBootstrapServers(String servers) {
        return new NewsflowConfig(
                kafka.withBootstrapServers(servers),
                topics,
                enrich,
                sink,
                versionRetention,
                ingest.withBootstrapServers(servers),
                pageBudget);
    }

    public AvroSerdes serdes() {
        return new AvroSerdes(kafka.registryUrl(), kafka.client());
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
                .withRouting(topics.routing())
                .withVersionRetention(versionRetention);
    }
}
