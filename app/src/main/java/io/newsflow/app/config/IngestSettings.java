package io.newsflow.app.config;

import io.newsflow.ingest.CrawlerConfig;
import java.time.Duration;

/** The crawler's settings, read from the same file and environment as every other stage. */
public final class IngestSettings {

    private IngestSettings() {}

    public static CrawlerConfig crawlerConfig(Settings s, KafkaSettings kafka, TopicSettings topics) {
        Duration total = Duration.ofMillis(s.getInt("ingest.fetch.timeout.ms", 1_000, Integer.MAX_VALUE));
        return CrawlerConfig.defaults()
                .withBootstrapServers(kafka.bootstrapServers())
                .withKafkaClient(kafka.client())
                .withTopics(topics.pagesRaw(), s.get("topics.crawl.frontier"), s.get("topics.crawl.history"))
                .withTopicPartitions(topics.partitions())
                .withConsumerGroup(s.get("ingest.group.id"))
                .withUserAgent(s.get("ingest.user.agent"))
                .withPolitenessDelay(Duration.ofMillis(s.getInt("ingest.politeness.delay.ms", 0, Integer.MAX_VALUE)))
                .withMaxCrawlDelay(Duration.ofMillis(s.getInt("ingest.max.crawl.delay.ms", 0, Integer.MAX_VALUE)))
                .withTimeouts(total.dividedBy(6), total.dividedBy(3), total)
                .withMaxBodyBytes(SizeLimits.from(s).bodyBytes())
                .withMaxRedirects(s.getInt("ingest.max.redirects", 0, 100))
                .withMaxDepth(s.getInt("ingest.max.depth", 0, 100))
                .withMaxConcurrentFetches(s.getInt("ingest.concurrent.fetches", 1, 10_000))
                .withFeedRevisit(
                        Duration.ofMillis(s.getInt("ingest.feed.revisit.ms", 1_000, Integer.MAX_VALUE)),
                        Duration.ofMillis(s.getInt("ingest.feed.revisit.min.ms", 1_000, Integer.MAX_VALUE)),
                        Duration.ofMillis(s.getInt("ingest.feed.revisit.max.ms", 1_000, Integer.MAX_VALUE)))
                .withKeyByRegistrableDomain(s.getBoolean("ingest.key.by.domain"))
                .withAllowPrivateAddresses(s.getBoolean("ingest.allow.private.addresses"));
    }
}
