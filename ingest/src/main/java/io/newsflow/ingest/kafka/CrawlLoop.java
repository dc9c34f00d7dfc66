package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.crawl.CrawlStep;
import io.newsflow.ingest.crawl.StepResult;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.OffsetTracker;
import io.newsflow.ingest.frontier.PolitenessQueue;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.url.PolitenessKey;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.Topic;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawler instance's engine. The loop thread owns the frontier consumer and the transactional
 * producer; fetch threads take ready requests from the {@link PolitenessQueue} and hand back results.
 * The loop writes each batch of results in one transaction: pages, history, new frontier requests and
 * the frontier offsets. So a page is in {@code pages.raw} exactly when its history says done and its
 * frontier record counts as consumed, and a crash or a rebalance repeats nothing that was committed.
 */
final class CrawlLoop implements ConsumerRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(CrawlLoop.class);

    record Task(
            CrawlRequest request, TopicPartition partition, long offset, Validators validators, long queuedAtNanos) {}

    record Completed(Task task, StepResult result) {}

    private final CrawlerConfig config;
    private final KafkaSettings kafka;
    private final CrawlStep step;
    private final KafkaConsumer<String, byte[]> consumer;
    private final BatchWriter writer;
    private final HistoryView history;
    private final Revisits revisits;
    private final PolitenessKey keys;
    private final PolitenessQueue<Task> queue;
    private final OffsetTracker<TopicPartition> offsets = new OffsetTracker<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<Completed> completions = new LinkedBlockingQueue<>();
    private FetchWorkers workers; // set by run(); the rebalance callbacks only fire inside run()'s polls
    private final AtomicLong requestsDone = new AtomicLong();
    private volatile long lastActivityNanos = System.nanoTime();
    private long skippedSinceCommit;

    private final CrawlMetrics metrics;

    CrawlLoop(
            CrawlerConfig config,
            KafkaSettings kafka,
            Topic<String, RawPage> pages,
            CrawlStep step,
            KafkaConsumer<String, byte[]> consumer,
            KafkaProducer<String, byte[]> producer,
            HistoryView history,
            CrawlMetrics metrics,
            int pagesTopicLimit) {
        this.config = config;
        this.kafka = kafka;
        this.metrics = metrics;
        this.step = step;
        this.consumer = consumer;
        this.history = history;
        this.keys = new PolitenessKey(config.keyByRegistrableDomain());
        this.queue = new PolitenessQueue<>(config.politenessDelay());
        this.writer = new BatchWriter(config, pages, producer, consumer, keys, pagesTopicLimit);
        this.revisits = new Revisits(config, history, pending::contains);
    }

    CrawlProgress run(Predicate<CrawlProgress> stop) {
        history.catchUp();
        revisits.resume();
        consumer.subscribe(List.of(config.frontierTopic()), this);
        workers = new FetchWorkers(
                config, step, queue, completions, () -> lastActivityNanos = System.nanoTime(), metrics);
        workers.start();
        try {
            while (!stop.test(progress())) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    accept(r);
                }
                history.poll();
                commit();
                flowControl();
                metrics.state(queue.size(), queue.busy(), revisits.scheduled());
            }
        } finally {
            workers.stopAndAwait();
            commit();
        }
        return progress();
    }

    private void accept(ConsumerRecord<String, byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        offsets.opened(tp, r.offset());
        lastActivityNanos = System.nanoTime();
        CrawlRequest req;
        try {
            req = JsonCodec.request(r.value());
        } catch (IOException | RuntimeException e) {
            log.warn("frontier record unreadable partition={} offset={} reason=\"{}\"", tp, r.offset(), e.getMessage());
            skip(tp, r.offset());
            return;
        }
        if (history.isDone(req, Instant.now()) || !pending.add(req.url().toString())) {
            skip(tp, r.offset()); // done before, or already waiting here: the frontier may list a URL many times
            return;
        }
        Task task = new Task(req, tp, r.offset(), history.validatorsFor(req), System.nanoTime());
        if (req.kind() == Discovered.Kind.PAGE) {
            queue.add(keys.of(req.url()), task);
        } else {
            // feeds and sitemaps go ahead of their host's page backlog, or their re-poll interval would not hold
            queue.addFirst(keys.of(req.url()), task);
        }
    }

    private void skip(TopicPartition tp, long offset) {
        offsets.closed(tp, offset);
        requestsDone.incrementAndGet();
        metrics.requestDone();
        skippedSinceCommit++;
    }

    /** Writes finished work and the offsets it frees in one transaction. */
    private void commit() {
        List<Completed> batch = new ArrayList<>();
        completions.drainTo(batch);
        Instant now = Instant.now();
        List<CrawlRequest> due = revisits.due(now);
        if (batch.isEmpty() && skippedSinceCommit == 0 && due.isEmpty()) {
            return;
        }
        batch.replaceAll(c -> revisits.adapt(c, now));
        if (!due.isEmpty()) {
            batch.add(new Completed(null, new StepResult(null, null, due, Duration.ZERO, false)));
        }
        long publishedBefore = writer.pagesPublished();
        write(batch, committableOffsets(batch));
        metrics.published(writer.pagesPublished() - publishedBefore);
        skippedSinceCommit = 0;
        batch.forEach(this::finished);
    }

    /** The offsets of the owned partitions that this batch, with what was skipped, frees. */
    private Map<TopicPartition, OffsetAndMetadata> committableOffsets(List<Completed> batch) {
        for (Completed c : batch) {
            if (c.task() != null) {
                offsets.closed(c.task().partition(), c.task().offset());
            }
        }
        Map<TopicPartition, OffsetAndMetadata> commitAt = new HashMap<>();
        Set<TopicPartition> owned = consumer.assignment();
        offsets.committable().forEach((tp, off) -> {
            if (owned.contains(tp)) commitAt.put(tp, new OffsetAndMetadata(off));
        });
        return commitAt;
    }

    private void write(List<Completed> batch, Map<TopicPartition, OffsetAndMetadata> commitAt) {
        try {
            writer.write(batch, commitAt, req -> history.isDone(req, Instant.now()));
        } catch (IllegalStateException e) {
            if (!(rootCause(e) instanceof RecordTooLargeException)) throw e;
            // the topic's limit was lowered since start: learn it, keep a tenth spare, and write the batch again
            int limit = PagesTopicLimit.forRecords(PagesTopicLimit.read(config, kafka), kafka);
            int smaller = Math.min(limit, writer.fitter().limit()) * 9 / 10;
            log.warn("a page did not fit {}; records now cut to {} bytes", config.pagesTopic(), smaller);
            writer.fitter().limitTo(smaller);
            writer.write(batch, commitAt, req -> history.isDone(req, Instant.now()));
        }
    }

    private void finished(Completed c) {
        if (c.result().history() != null) history.record(c.result().history());
        if (c.task() != null) {
            pending.remove(c.task().request().url().toString());
            requestsDone.incrementAndGet();
            metrics.requestDone();
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private void flowControl() {
        Set<TopicPartition> paused = consumer.paused();
        if (queue.size() > config.maxQueuedRequests() && paused.isEmpty()) {
            consumer.pause(consumer.assignment());
        } else if (queue.size() < config.maxQueuedRequests() / 2 && !paused.isEmpty()) {
            consumer.resume(paused);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
        if (revoked.isEmpty()) return;
        if (workers == null || workers.stopping()) {
            drop(revoked); // closing: run() has committed everything already
            return;
        }
        // finish and commit what runs, so the next owner neither refetches it nor sees it half done
        queue.hold();
        try {
            if (!queue.awaitNoBusy(config.totalFetchTimeout().plus(config.readTimeout()))) {
                log.warn("rebalance: fetches still running after the fetch timeout; their results will be dropped");
            }
            commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drop(revoked);
            queue.resume();
        }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
        drop(lost);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
        log.info("frontier partitions assigned={}", assigned);
        history.catchUp(); // the previous owner's last transaction is committed by now
    }

    private void drop(Collection<TopicPartition> partitions) {
        List<Task> removed = queue.removeIf(t -> partitions.contains(t.partition()));
        removed.forEach(t -> pending.remove(t.request().url().toString()));
        partitions.forEach(offsets::forget);
        log.info("frontier partitions revoked={} queuedDropped={}", partitions, removed.size());
    }

    CrawlProgress progress() {
        return new CrawlProgress(
                writer.pagesPublished(),
                requestsDone.get(),
                queue.size(),
                queue.queuedKeys(),
                queue.busy(),
                Duration.ofNanos(System.nanoTime() - lastActivityNanos));
    }
}
