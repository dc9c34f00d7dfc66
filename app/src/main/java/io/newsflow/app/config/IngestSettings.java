package io.newsflow.app.config;

import io.newsflow.ingest.CrawlerConfig;
import java.time.Duration;

/** The crawler's settings, read from the same file and environment as every other stage. */
public final class IngestSettings {

    private IngestSettings() {}

    public static CrawlerConfig crawlerConfig(Settings s, KafkaSettings kafka, TopicSettings topics) {
        Duration total = Duration.ofMillis(s.getInt("ingest.fetch.timeout.ms"));
        return CrawlerConfig.defaults()
                .withBootstrapServers(kafka.bootstrapServers())
                .withKafkaClient(kafka.client())
                .withTopics(topics.pagesRaw(), s.get("topics.crawl.frontier"), s.get("topics.crawl.history"))
                .withTopicPartitions(topics.partitions())
                .withConsumerGroup(s.get("ingest.group.id"))
                .withUserAgent(s.get("ingest.user.agent"))
                .withPolitenessDelay(Duration.ofMillis(s.getInt("ingest.politeness.delay.ms")))
                .withMaxCrawlDelay(Duration.ofMillis(s.getInt("ingest.max.crawl.delay.ms")))
                .withTimeouts(total.dividedBy(6), total.dividedBy(3), total)
                .withMaxBodyBytes(SizeLimits.from(s).bodyBytes())
                .withMaxRedirects(s.getInt("ingest.max.redirects"))
                .withMaxDepth(s.getInt("ingest.max.depth"))
                .withMaxConcurrentFetches(s.getInt("ingest.concurrent.fetches"))
                .withFeedRevisit(
                        Duration.ofMillis(s.getInt("ingest.feed.revisit.ms")),
                        Duration.ofMillis(s.getInt("ingest.feed.revisit.min.ms")),
                        Duration.ofMillis(s.getInt("ingest.feed.revisit.max.ms")))
                .withKeyByRegistrableDomain(Boolean.parseBoolean(s.get("ingest.key.by.domain")))
                .withAllowPrivateAddresses(Boolean.parseBoolean(s.get("ingest.allow.private.addresses")));
    }
}
