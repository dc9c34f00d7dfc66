package io.newsflow.sink.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.PipelineMeters;
import io.newsflow.sink.version.ArticleVersions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Reads an article, drops what consumers already have (same id, same content hash: a re-delivery, a
 * replay after a restart, an unchanged re-crawl), stamps the version and forwards it to dedup;
 * unreadable records go to the dead-letter child with their bytes.
 *
 * <p>Each id is remembered with the stream time it was last seen (unchanged re-crawls refresh it) and
 * forgotten after the retention, so the store holds the articles of the last month, not of all time.
 * The store also keeps, under a key no id can have, the latest last-seen time it has forgotten: an
 * article published after it cannot have been forgotten, so a miss is a first sighting (a fresh sink,
 * or old articles it never saw, number from 1 as before). An article published before it may be one
 * the sink numbered and forgot, and cannot be numbered truthfully: it goes to the dead letters as {@code version-forgotten}, with its
 * bytes, instead of restarting at version 1. Consumers keep the last version they were given (articles.latest
 * still holds it); an operator can replay the record with a longer retention if the change matters.
 */
final class VersionProcessor implements Processor<byte[], byte[], String, SpecificRecord> {

    static final String STORE = "article-versions";
    static final String TO_DEDUP = "hand-off-versioned";
    static final String TO_DEAD_LETTERS = "dead-letters";
    /** Article ids are hex: this key is never one. Its value is the latest last-seen time forgotten. */
    static final String FORGOTTEN_UNTIL = "\u0000forgotten-until";

    private final Deserializer<Article> articles;
    private final Duration retention;
    private final MeterRegistry metrics;
    private final Clock clock;
    private ProcessorContext<String, SpecificRecord> context;
    private TimestampedKeyValueStore<String, String> seen;

    VersionProcessor(Deserializer<Article> articles, Duration retention, MeterRegistry metrics, Clock clock) {
        this.articles = articles;
        this.retention = retention;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
        StreamTimeEviction.schedule(context, this::evict);
    }

    private void evict(long now) {
        long until = forgottenUntil();
        long newest = Math.max(
                until,
                StreamTimeEviction.deleteOlderThan(seen, now - retention.toMillis(), now)
                        .newest());
        if (newest != Long.MIN_VALUE) {
            // stamped now on every run, so the mark itself is never old enough to be evicted
            seen.put(FORGOTTEN_UNTIL, ValueAndTimestamp.make(Long.toString(newest), now));
        }
    }

    private long forgottenUntil() {
        ValueAndTimestamp<String> mark = seen.get(FORGOTTEN_UNTIL);
        return mark == null ? Long.MIN_VALUE : Long.parseLong(mark.value());
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Article article;
        try {
            article = articles.deserialize(origin().topic(), record.value());
            if (article == null) {
                throw new IllegalArgumentException("record has no value");
            }
        } catch (RuntimeException e) {
            deadLetter(record, "undecodable-record", e.getMessage(), null);
            return;
        }
        ValueAndTimestamp<String> stored = seen.get(article.getId());
        long lastSeen = Math.max(record.timestamp(), stored == null ? record.timestamp() : stored.timestamp());
        if (stored == null && ArticleVersions.mayBeForgotten(article, forgottenUntil())) {
            deadLetter(
                    record,
                    "version-forgotten",
                    "not remembered, and published before articles the version store forgot " + "(retention "
                            + retention + "): its version cannot be told",
                    article.getUrl());
            return;
        }
        ArticleVersions.Seen previous = stored == null ? null : ArticleVersions.Seen.decode(stored.value());
        Optional<Article> next = ArticleVersions.next(previous, article, clock.instant());
        if (next.isEmpty()) {
            // seen again, unchanged: remembered for another retention from now
            seen.put(article.getId(), ValueAndTimestamp.make(stored.value(), lastSeen));
            // same tag keys as the dead letters' counter, or Prometheus drops one of them
            metrics.counter(
                            PipelineMeters.SINK_ARTICLES,
                            PipelineMeters.OUTCOME,
                            PipelineMeters.UNCHANGED,
                            PipelineMeters.REASON,
                            PipelineMeters.NO_REASON)
                    .increment();
            return;
        }
        Article out = next.get();
        seen.put(
                out.getId(),
                ValueAndTimestamp.make(
                        new ArticleVersions.Seen(out.getContentHash(), out.getVersion()).encode(), lastSeen));
        context.forward(new Record<String, SpecificRecord>(out.getId(), out, record.timestamp()), TO_DEDUP);
    }

    private DeadLetters.Origin origin() {
        return context.recordMetadata()
                .map(m -> new DeadLetters.Origin(m.topic(), m.partition(), m.offset()))
                .orElse(new DeadLetters.Origin("unknown", -1, -1));
    }

    private void deadLetter(Record<byte[], byte[]> record, String kind, String message, String url) {
        DeadLetter dead =
                DeadLetters.of(origin(), "sink", kind, message, url, record.key(), record.value(), clock.instant());
        metrics.counter(
                        PipelineMeters.SINK_ARTICLES,
                        PipelineMeters.OUTCOME,
                        PipelineMeters.DEAD_LETTER,
                        PipelineMeters.REASON,
                        kind)
                .increment();
        context.forward(new Record<String, SpecificRecord>(null, dead, record.timestamp()), TO_DEAD_LETTERS);
    }
}
