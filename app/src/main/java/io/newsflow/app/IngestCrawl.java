package io.newsflow.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.kafka.BrokerCheck;
import io.newsflow.app.ops.BrokerProbe;
import io.newsflow.app.ops.OpsServer;
import io.newsflow.app.ops.StageMetrics;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.CrawlProgress;
import io.newsflow.ingest.kafka.Crawler;
import io.newsflow.ingest.source.Discovered;
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

    private IngestCrawl(CrawlerConfig config, String instanceId, KafkaSettings kafka, String opsAddress, int opsPort) {
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
            crawler = new Crawler(config, instanceId, metrics);
        } catch (RuntimeException e) {
            ops.close();
            broker.close();
            throw e;
        }
    }

    static IngestCrawl start(
            CrawlerConfig config, String instanceId, KafkaSettings kafka, String opsAddress, int opsPort) {
        return new IngestCrawl(config, instanceId, kafka, opsAddress, opsPort);
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
