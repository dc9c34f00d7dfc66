package io.newsflow.sink.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetters;
import io.newsflow.sink.version.ArticleVersions;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Clock;
import java.util.Optional;

/**
 * Reads an article, drops what consumers already have (same id, same content hash: a re-delivery, a
 * replay after a restart, an unchanged re-crawl), stamps the version and forwards it to dedup;
 * unreadable records go to the dead-letter child with their bytes.
 */
final class VersionProcessor implements Processor<byte[], byte[], String, Object> {

    static final String STORE = "article-versions";
    static final String TO_DEDUP = "hand-off-versioned";
    static final String TO_DEAD_LETTERS = "dead-letters";

    private final Deserializer<Article> articles;
    private final MeterRegistry metrics;
    private final Clock clock;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, String> seen;

    VersionProcessor(Deserializer<Article> articles, MeterRegistry metrics, Clock clock) {
        this.articles = articles;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        DeadLetters.Origin origin = context.recordMetadata()
                .map(m -> new DeadLetters.Origin(m.topic(), m.partition(), m.offset()))
                .orElse(new DeadLetters.Origin("unknown", -1, -1));
        Article article;
        try {
            article = articles.deserialize(origin.topic(), record.value());
            if (article == null) {
                throw new IllegalArgumentException("record has no value");
            }
        } catch (RuntimeException e) {
            DeadLetter dead = DeadLetters.of(origin, "sink", "undecodable-record", e.getMessage(), null,
                    record.key(), record.value(), clock.instant());
            metrics.counter("newsflow.sink.articles", "outcome", "dead_letter").increment();
            context.forward(new Record<>(null, (Object) dead, record.timestamp()), TO_DEAD_LETTERS);
            return;
        }
        String stored = seen.get(article.getId());
        Optional<Article> next = ArticleVersions.next(stored == null ? null : ArticleVersions.Seen.decode(stored),
                article, clock.instant());
        if (next.isEmpty()) {
            metrics.counter("newsflow.sink.articles", "outcome", "unchanged").increment();
            return;
        }
        Article out = next.get();
        seen.put(out.getId(), new ArticleVersions.Seen(out.getContentHash(), out.getVersion()).encode());
        context.forward(new Record<>(out.getId(), (Object) out, record.timestamp()), TO_DEDUP);
    }
}
