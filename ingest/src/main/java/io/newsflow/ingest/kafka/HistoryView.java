package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.HistoryEntry;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's memory of {@code crawl.history}: read from the start when the crawler starts, caught up
 * when it is given new frontier partitions (their previous owner's last transaction is then visible),
 * and tailed while it runs. Used only from the crawl loop thread.
 */
final class HistoryView implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HistoryView.class);

    private final CrawlerConfig config;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Map<String, HistoryEntry> byUrl = new ConcurrentHashMap<>();

    HistoryView(CrawlerConfig config, KafkaSettings kafka, String clientId) {
        this.config = config;
        this.consumer = KafkaClients.consumer(kafka, clientId, null);
        this.partitions = partitionsOf(consumer, config.historyTopic());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** The topic's partitions; right after the topic was created the metadata may not list them yet. */
    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<TopicPartition> found = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "history topic " + topic + " has no partitions after 30 s; was it created?");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
            }
        }
    }

    /** Reads until every partition is at the end offset it had when this was called. */
    void catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("crawl history " + config.historyTopic() + " not read within 60 s");
            }
            pollOnce(Duration.ofMillis(200));
        }
        log.info("history topic={} urls={}", config.historyTopic(), byUrl.size());
    }

    /** Takes what other instances wrote since the last call, without waiting. */
    void poll() {
        pollOnce(Duration.ZERO);
    }

    private void pollOnce(Duration wait) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(wait)) {
            if (r.value() == null) {
                byUrl.remove(r.key());
                continue;
            }
            try {
                byUrl.put(r.key(), JsonCodec.history(r.value()));
            } catch (IOException e) {
                log.warn(
                        "history record unreadable key={} offset={} reason=\"{}\"",
                        r.key(),
                        r.offset(),
                        e.getMessage());
            }
        }
    }

    void record(HistoryEntry entry) {
        byUrl.put(entry.url(), entry);
    }

    /**
     * True when {@code req}'s URL needs no fetch: a page done once (unless explicitly re-requested), or a
     * feed/sitemap whose re-poll interval has not run out yet.
     */
    boolean isDone(CrawlRequest req, Instant now) {
        HistoryEntry e = byUrl.get(req.url().toString());
        if (e == null || !e.done()) {
            return false;
        }
        if (req.kind() == Discovered.Kind.PAGE) {
            if (req.refetch()) return false;
            return !req.scheduledRevisit() || e.revisitMs() <= 0 || sendAt(e).isAfter(now);
        }
        return sendAt(e).isAfter(now);
    }

    /** When a feed or sitemap fetched as {@code e} should be polled again, or a page revisited. */
    Instant dueAt(HistoryEntry e) {
        long interval = e.revisitMs() > 0 ? e.revisitMs() : config.feedRevisit().toMillis();
        return Instant.ofEpochMilli(e.fetchedAtMs() + interval);
    }

    /**
     * When to put {@code e}'s next poll into the frontier: ahead of {@link #dueAt} by half a politeness
     * delay and a frontier round trip, because it then waits up to one delay for its host's turn; so the
     * poll lands within half a delay of its time instead of always late.
     */
    Instant sendAt(HistoryEntry e) {
        return dueAt(e).minus(config.politenessDelay().dividedBy(2)).minusMillis(100);
    }

    Optional<HistoryEntry> get(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /**
     * The ETag / Last-Modified to send with {@code req}: for feeds and sitemaps on every revisit, for pages
     * only when they are explicitly re-requested (a page is otherwise never fetched twice).
     */
    Validators validatorsFor(CrawlRequest req) {
        HistoryEntry e = byUrl.get(req.url().toString());
        if (e == null || (req.kind() == Discovered.Kind.PAGE && !req.refetch() && !req.scheduledRevisit())) {
            return Validators.none();
        }
        return new Validators(e.etag(), e.lastModified());
    }

    /** Every feed and sitemap fetched so far and every page with a revisit ahead, for scheduling them after a restart. */
    List<HistoryEntry> scheduled() {
        return byUrl.values().stream()
                .filter(e -> e.done() && (e.kind() != Discovered.Kind.PAGE || e.revisitMs() > 0))
                .toList();
    }

    int size() {
        return byUrl.size();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
