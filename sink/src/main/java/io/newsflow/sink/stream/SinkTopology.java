package io.newsflow.sink.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.Story;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.route.ArticleRouter;
import java.time.Clock;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;

/**
 * articles.enriched → version → (hand-off topic, by language) → dedup → stories → articles.clean (+ subject and language topics),
 * articles.latest (compacted) and stories. Every store is changelogged, so a restarted or moved sink
 * remembers what it emitted, which originals copies should point at and which stories are open. Every
 * store is evicted by stream time ({@link StreamTimeEviction}): dedup and story state after their windows
 * (days), the version store an id's retention after it was last seen (a month), so all of them stay bounded.
 * Dedup and stories run on event time, the articles' {@linkplain PublicationTime publication time}, so a
 * backfill groups as the live stream did; the version stage runs on record time (it remembers deliveries).
 * What leaves for consumers is stamped with the time the sink emitted it.
 *
 * <p>Versions scale with the partitions of articles.enriched (keyed by id). Dedup and stories compare an
 * article with the others of its language, fed through the hand-off topic partitioned by language
 * ({@link LanguagePartition}): a copy and its original meet in the same store. With one hand-off partition
 * (the default) they run in one task; with more, in one task per partition, each with its own stores.
 */
public final class SinkTopology {

    static final String TO_CLEAN = "to-clean";
    static final String TO_LATEST = "to-latest";
    static final String TO_STORIES = "to-stories";

    private SinkTopology() {}

    public static Topology build(SinkSettings settings, AvroSerdes serdes, MeterRegistry metrics, Clock clock) {
        Serde<Article> articleSerde = serdes.articleForFanOut();
        Serializer<Article> articleOut = articleSerde.serializer();
        Serializer<DeadLetter> deadOut = serdes.deadLetter().serializer();
        Serializer<Story> storyOut = serdes.story().serializer();
        ArticleRouter bySubject = ArticleRouter.bySubject(settings.routing());
        ArticleRouter byLanguage = ArticleRouter.byLanguage(settings.routing());

        Topology t = new Topology();
        t.addSource(
                "read-enriched-articles",
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer(),
                settings.enrichedTopic());
        t.addProcessor(
                "version",
                () -> new VersionProcessor(articleSerde.deserializer(), settings.versionRetention(), metrics, clock),
                "read-enriched-articles");
        t.addSink(
                "hand-off-versioned",
                settings.handOffTopic(),
                new StringSerializer(),
                articleOut,
                new LanguagePartition(settings.handOffLanguages()),
                "version");
        t.addSource(
                AutoOffsetReset.earliest(), // the hand-off topic is read from its start, as the configs say
                "read-versioned",
                new PublicationTime(),
                new StringDeserializer(),
                articleSerde.deserializer(),
                settings.handOffTopic());
        t.addProcessor("dedup", () -> new DedupProcessor(settings.dedup(), metrics), "read-versioned");
        t.addProcessor("stories", () -> new StoryProcessor(settings.stories(), metrics), "dedup");

        t.addStateStore(
                Stores.timestampedKeyValueStoreBuilder(
                        Stores.persistentTimestampedKeyValueStore(VersionProcessor.STORE),
                        Serdes.String(),
                        Serdes.String()),
                "version");
        t.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(DedupProcessor.BUCKETS), Serdes.String(), Serdes.String()),
                "dedup");
        t.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(DedupProcessor.ORIGINALS), Serdes.String(), Serdes.String()),
                "dedup");
        t.addStateStore(
                Stores.timestampedKeyValueStoreBuilder(
                        Stores.persistentTimestampedKeyValueStore(DedupProcessor.EMITTED),
                        Serdes.String(),
                        articleSerde),
                "dedup",
                "stories");
        // Story states are Avro (bytes); a store written by an older sink holds their text form, read as such.
        // The story stores are cached: a story joined several times, and the term counts its words bump, within
        // one commit interval reach the changelog once.
        t.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(StoryProcessor.GROUPS),
                                Serdes.String(),
                                Serdes.ByteArray())
                        .withCachingEnabled(),
                "stories");
        for (String store : new String[] {StoryProcessor.TERMS, StoryProcessor.POSTINGS}) {
            t.addStateStore(
                    Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(), Serdes.String())
                            .withCachingEnabled(),
                    "stories");
        }

        t.addProcessor(TO_CLEAN, () -> new Pass<Article>(v -> true, true), "stories");
        t.addSink("write-clean", settings.cleanTopic(), new StringSerializer(), articleOut, TO_CLEAN);
        t.addProcessor("route-by-subject", () -> new Pass<>(bySubject::routes, false), TO_CLEAN);
        t.addSink("write-subject-topics", bySubject, new StringSerializer(), articleOut, "route-by-subject");
        t.addProcessor("route-by-language", () -> new Pass<>(byLanguage::routes, false), TO_CLEAN);
        t.addSink("write-language-topics", byLanguage, new StringSerializer(), articleOut, "route-by-language");

        t.addProcessor(TO_LATEST, () -> new Pass<Article>(v -> true, true), "dedup", "stories");
        t.addSink("write-latest", settings.latestTopic(), new StringSerializer(), articleOut, TO_LATEST);
        t.addProcessor(TO_STORIES, () -> new Pass<Story>(v -> true, false), "stories");
        t.addSink("write-stories", settings.storiesTopic(), new StringSerializer(), storyOut, TO_STORIES);
        t.addProcessor(VersionProcessor.TO_DEAD_LETTERS, () -> new Pass<DeadLetter>(v -> true, false), "version");
        t.addSink(
                "write-dead-letters",
                settings.deadLetters(),
                new StringSerializer(),
                deadOut,
                VersionProcessor.TO_DEAD_LETTERS);
        return t;
    }

    /**
     * The time an article leaves the sink with: when the sink emitted it, not its event time, so that an
     * old article emitted today is kept by the output topic's retention like any other.
     */
    static long appendTime(SpecificRecord value, long eventTime) {
        return value instanceof Article a && a.getSinkAt() != null
                ? a.getSinkAt().toEpochMilli()
                : eventTime;
    }

    /**
     * A named fan-out point: forwards to every child the records the predicate lets through, optionally
     * stamped with their {@linkplain #appendTime append time}.
     */
    private static final class Pass<V extends SpecificRecord> implements Processor<String, V, String, V> {
        private final Predicate<V> keep;
        private final boolean restamp;
        private ProcessorContext<String, V> context;

        Pass(Predicate<V> keep, boolean restamp) {
            this.keep = keep;
            this.restamp = restamp;
        }

        @Override
        public void init(ProcessorContext<String, V> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, V> record) {
            if (keep.test(record.value())) {
                context.forward(
                        restamp ? record.withTimestamp(appendTime(record.value(), record.timestamp())) : record);
            }
        }
    }
}
