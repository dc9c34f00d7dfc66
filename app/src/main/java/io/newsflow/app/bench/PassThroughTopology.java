package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.fingerprint.Fingerprints;
import io.newsflow.enrich.stream.EnrichSettings;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.PipelineMeters;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.stream.LanguagePartition;
import io.newsflow.sink.stream.SinkSettings;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The benchmark's baseline: the pipeline's Kafka path without the pipeline's work. Same topics and hops
 * as the real stages (pages.raw → articles.enriched → the hand-off → articles.clean), same
 * Avro serdes on every hop, same dead-letter branches, run by the same {@code StreamsStage} (so the same
 * exactly-once and commit settings). What it leaves out is what we measure: extraction and tagging in
 * enrich; versions, dedup, stories (their state stores and changelogs) and the extra outputs
 * (articles.latest, stories, subject topics) in sink. Its article carries only id, url, source and the
 * timestamps.
 */
public final class PassThroughTopology {

    private PassThroughTopology() {}

    /** pages.raw → decode RawPage → minimal Article → articles.enriched. */
    public static Topology enrich(EnrichSettings topics, AvroSerdes serdes, MeterRegistry metrics, Clock clock) {
        return enrich(topics, serdes, metrics, clock, p -> {
            String url = p.getFinalUrl() != null ? p.getFinalUrl() : p.getUrl();
            return Article.newBuilder()
                    .setId(Fingerprints.articleId(url))
                    .setUrl(url)
                    .setSource(p.getSource())
                    .setFetchedAt(p.getFetchedAt())
                    .setEnrichedAt(clock.instant())
                    .build();
        });
    }

    /**
     * pages.raw → decode RawPage → the article {@code toArticle} gives (none: a dead letter) → articles.enriched.
     */
    static Topology enrich(
            EnrichSettings topics,
            AvroSerdes serdes,
            MeterRegistry metrics,
            Clock clock,
            Function<RawPage, Article> toArticle) {
        Deserializer<RawPage> pages = serdes.rawPage().deserializer();
        Relay.Step step = (origin, key, value) -> {
            try {
                Article a = toArticle.apply(pages.deserialize(origin.topic(), value));
                return a != null
                        ? a
                        : DeadLetters.of(
                                origin, "enrich", "no-article", "not enriched", null, key, value, clock.instant());
            } catch (RuntimeException e) {
                return DeadLetters.of(
                        origin, "enrich", "undecodable-record", e.getMessage(), null, key, value, clock.instant());
            }
        };
        Topology t = new Topology();
        t.addSource("read-raw-pages", new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.rawTopic());
        t.addProcessor(
                "pass",
                () -> new Relay(
                        step,
                        metrics,
                        PipelineMeters.ENRICH_PAGES,
                        PipelineMeters.ARTICLE,
                        "write-articles",
                        "write-dead-letters"),
                "read-raw-pages");
        t.addSink(
                "write-articles",
                topics.articlesTopic(),
                new StringSerializer(),
                cast(serdes.article().serializer()),
                "pass");
        t.addSink(
                "write-dead-letters",
                topics.deadLetters(),
                new ByteArraySerializer(),
                cast(serdes.deadLetter().serializer()),
                "pass");
        return t;
    }

    /** articles.enriched → decode, stamp sinkAt → hand-off (no language on its articles: one partition) → articles.clean. */
    public static Topology sink(SinkSettings topics, AvroSerdes serdes, MeterRegistry metrics, Clock clock) {
        Deserializer<Article> articles = serdes.article().deserializer();
        Serializer<Object> articleOut = cast(serdes.article().serializer());
        Relay.Step stamp = (origin, key, value) -> {
            try {
                return Article.newBuilder(articles.deserialize(origin.topic(), value))
                        .setSinkAt(clock.instant())
                        .build();
            } catch (RuntimeException e) {
                return DeadLetters.of(
                        origin, "sink", "undecodable-record", e.getMessage(), null, key, value, clock.instant());
            }
        };
        Topology t = new Topology();
        t.addSource(
                "read-enriched-articles",
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer(),
                topics.enrichedTopic());
        t.addProcessor(
                "pass",
                () -> new Relay(
                        stamp,
                        metrics,
                        PipelineMeters.SINK_ARTICLES,
                        PipelineMeters.NEW,
                        "hand-off",
                        "write-dead-letters"),
                "read-enriched-articles");
        t.addSink(
                "hand-off",
                topics.handOffTopic(),
                new StringSerializer(),
                PassThroughTopology.<Article>cast(articleOut),
                new LanguagePartition(topics.handOffLanguages()),
                "pass");
        t.addSink(
                "write-dead-letters",
                topics.deadLetters(),
                new ByteArraySerializer(),
                cast(serdes.deadLetter().serializer()),
                "pass");
        t.addSource("read-hand-off", new StringDeserializer(), articles, topics.handOffTopic());
        t.addProcessor("forward", Forward::new, "read-hand-off");
        t.addSink("write-clean", topics.cleanTopic(), new StringSerializer(), articleOut, "forward");
        return t;
    }

    @SuppressWarnings("unchecked")
    private static <T> Serializer<T> cast(Serializer<?> serializer) {
        return (Serializer<T>) serializer;
    }

    private static final class Forward implements Processor<String, Article, String, Article> {
        private ProcessorContext<String, Article> context;

        @Override
        public void init(ProcessorContext<String, Article> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, Article> record) {
            context.forward(record);
        }
    }
}
