package io.newsflow.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.BrokerCheck;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.app.ops.BrokerProbe;
import io.newsflow.app.ops.OpsServer;
import io.newsflow.app.ops.StageMetrics;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.CrawlProgress;
import io.newsflow.ingest.kafka.Crawler;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.kafka.TopicProvisioner;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * `newsflow ingest --seeds`: the crawler with the ops endpoint every long-running stage has ({@code /metrics}
 * in Prometheus form, {@code /health}, {@code /ready} = crawling and the brokers answer) and a progress line.
 */
final class IngestCrawl implements AutoCloseable {

    private final PrometheusMeterRegistry metrics;
    private final Crawler crawler;
    private final BrokerProbe broker;
    private final OpsServer ops;
    private volatile boolean crawling;

    private IngestCrawl(
            CrawlerConfig config, NewsflowConfig settings, String instanceId, String opsAddress, int opsPort) {
        KafkaSettings kafka = settings.kafka();
        metrics = StageMetrics.create();
        broker = new BrokerProbe(kafka);
        // The port and the broker are checked before the crawler starts any work.
        ops = OpsServer.start(
                opsAddress,
                opsPort,
                metrics,
                () -> broker.readiness("crawler", crawling ? null : "crawler is not running"));
        try {
            BrokerCheck.reachable(kafka);
            TopicPlan.ensure(kafka, settings.topics());
            TopicProvisioner.ensure(kafka, TopicPlan.crawl(config, settings.topics()));
            crawler = new Crawler(config, kafka, instanceId, metrics);
        } catch (RuntimeException e) {
            ops.close();
            broker.close();
            throw e;
        }
    }

    /** Checks the broker, creates the pipeline's and the crawler's missing topics, then the crawler with its ops endpoint. */
    static IngestCrawl start(
            CrawlerConfig crawler, NewsflowConfig config, String instanceId, String opsAddress, int opsPort) {
        return new IngestCrawl(crawler, config, instanceId, opsAddress, opsPort);
    }

    int opsPort() {
        return ops.port();
    }

    int submit(Collection<Discovered> seeds) {
        return crawler.submit(seeds);
    }

    /** Crawls until {@code stop}, drawing {@code progress} on the way. */
    CrawlProgress run(Predicate<CrawlProgress> stop, CrawlProgressLine progress) {
        crawling = true;
        try {
            return crawler.runUntil(p -> {
                progress.tick(p);
                return stop.test(p);
            });
        } finally {
            crawling = false;
            progress.finish();
        }
    }

    PrometheusMeterRegistry metrics() {
        return metrics;
    }

    @Override
    public void close() {
        ops.close();
        crawler.close();
        broker.close();
    }
}
