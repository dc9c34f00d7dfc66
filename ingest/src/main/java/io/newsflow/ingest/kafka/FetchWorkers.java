package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.crawl.CrawlStep;
import io.newsflow.ingest.crawl.StepResult;
import io.newsflow.ingest.frontier.PolitenessQueue;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch threads ({@code maxConcurrentFetches} of them): each takes a ready request from the
 * politeness queue, runs the crawl step, hands the result to the loop thread and gives the key back
 * with the rest it must now take. They never touch Kafka.
 */
final class FetchWorkers {

    private static final Logger log = LoggerFactory.getLogger(FetchWorkers.class);

    private final CrawlerConfig config;
    private final CrawlStep step;
    private final PolitenessQueue<CrawlLoop.Task> queue;
    private final BlockingQueue<CrawlLoop.Completed> completions;
    private final Runnable onActivity;
    private final CrawlMetrics metrics;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ExecutorService pool;

    FetchWorkers(
            CrawlerConfig config,
            CrawlStep step,
            PolitenessQueue<CrawlLoop.Task> queue,
            BlockingQueue<CrawlLoop.Completed> completions,
            Runnable onActivity,
            CrawlMetrics metrics) {
        this.metrics = metrics;
        this.config = config;
        this.step = step;
        this.queue = queue;
        this.completions = completions;
        this.onActivity = onActivity;
    }

    void start() {
        pool = Executors.newFixedThreadPool(config.maxConcurrentFetches(), r -> {
            Thread t = new Thread(r, "fetch-" + r.hashCode());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < config.maxConcurrentFetches(); i++) {
            pool.submit(this::work);
        }
    }

    boolean stopping() {
        return stopping.get();
    }

    /** Stops taking requests and waits for running fetches (bounded by the fetch time limits). */
    void stopAndAwait() {
        stopping.set(true);
        if (pool == null) return;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(
                    config.totalFetchTimeout().toMillis() + config.readTimeout().toMillis() * 2,
                    TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (!stopping.get()) {
            Optional<PolitenessQueue.Lease<CrawlLoop.Task>> lease;
            try {
                lease = queue.poll(Duration.ofMillis(100));
            } catch (InterruptedException e) {
                return;
            }
            if (lease.isEmpty()) {
                continue;
            }
            CrawlLoop.Task task = lease.get().item();
            metrics.waited(Duration.ofNanos(System.nanoTime() - task.queuedAtNanos()));
            StepResult result;
            try {
                result = step.process(task.request(), task.validators());
            } catch (RuntimeException e) {
                log.error(
                        "crawl step failed url={} reason=\"{}\"", task.request().url(), e.toString(), e);
                result = new StepResult(null, null, List.of(), config.politenessDelay(), true);
            }
            if (result.requeue()) {
                queue.addFirst(lease.get().key(), task);
            }
            // completion before release: a rebalance that waits for "no busy key" must then find the result
            completions.add(new CrawlLoop.Completed(result.requeue() ? null : task, result));
            onActivity.run();
            queue.release(lease.get().key(), result.keyDelay());
        }
    }
}
