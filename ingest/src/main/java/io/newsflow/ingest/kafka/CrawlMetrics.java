package io.newsflow.ingest.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crawl loop's meters, beside the per-fetch ones of {@code FetchMetrics}. Names follow Micrometer's
 * dotted style and come out in Prometheus form: {@code newsflow_ingest_pages_published_total},
 * {@code newsflow_ingest_requests_done_total}, {@code newsflow_ingest_queue_requests},
 * {@code newsflow_ingest_fetches_active}, {@code newsflow_ingest_feeds_scheduled},
 * {@code newsflow_ingest_politeness_wait_seconds}.
 */
final class CrawlMetrics {

    private final Counter published;
    private final Counter requestsDone;
    private final Timer politenessWait;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger feedsScheduled = new AtomicInteger();

    CrawlMetrics(MeterRegistry registry) {
        published = Counter.builder("newsflow.ingest.pages.published")
                .description("pages committed to pages.raw")
                .register(registry);
        requestsDone = Counter.builder("newsflow.ingest.requests.done")
                .description("frontier requests finished: fetched, refused, or skipped as done")
                .register(registry);
        politenessWait = Timer.builder("newsflow.ingest.politeness.wait")
                .description("time a request waited in its host's queue before a fetch thread took it")
                .register(registry);
        Gauge.builder("newsflow.ingest.queue.requests", queued, AtomicInteger::get)
                .description("requests waiting in the politeness queues")
                .register(registry);
        Gauge.builder("newsflow.ingest.fetches.active", active, AtomicInteger::get)
                .description("fetches running now")
                .register(registry);
        Gauge.builder("newsflow.ingest.feeds.scheduled", feedsScheduled, AtomicInteger::get)
                .description("feeds and sitemaps waiting for their next poll")
                .register(registry);
    }

    void published(long pages) {
        published.increment(pages);
    }

    void requestDone() {
        requestsDone.increment();
    }

    void waited(Duration d) {
        politenessWait.record(d);
    }

    void state(int queuedNow, int activeNow, int scheduledNow) {
        queued.set(queuedNow);
        active.set(activeNow);
        feedsScheduled.set(scheduledNow);
    }
}
