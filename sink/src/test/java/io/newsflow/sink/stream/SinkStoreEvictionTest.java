package io.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every sink store forgets by stream time: the version store after its retention, the others after their windows. */
class SinkStoreEvictionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Duration RETENTION = SinkSettings.DEFAULT_VERSION_RETENTION;
    private static final List<String> STORES = List.of(
            VersionProcessor.STORE,
            DedupProcessor.BUCKETS,
            DedupProcessor.ORIGINALS,
            DedupProcessor.EMITTED,
            StoryProcessor.TERMS,
            StoryProcessor.GROUPS,
            StoryProcessor.POSTINGS);
    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> enriched;
    private TestOutputTopic<String, Article> clean;
    private TestOutputTopic<byte[], DeadLetter> dead;

    @BeforeEach
    void setUp() {
        SinkSettings s = SinkSettings.defaults();
        driver = new TopologyTestDriver(SinkTopology.build(s, serdes, metrics, Clock.fixed(T0, ZoneOffset.UTC)));
        enriched = driver.createInputTopic(s.enrichedTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(
                s.cleanTopic(), new StringDeserializer(), serdes.article().deserializer());
        dead = driver.createOutputTopic(
                s.deadLetters(),
                new ByteArrayDeserializer(),
                serdes.deadLetter().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    /** An article published and crawled at {@code at}, its text made of words of its own so it opens a story. */
    private void send(String id, String text, Instant published, Instant at) {
        Article a = Article.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setTitle("Report " + id + " " + text)
                .setText(text + " " + id)
                .setContentHash(Integer.toHexString((text + id).hashCode()))
                .setPublishedAt(
                        published == null
                                ? null
                                : published.atOffset(ZoneOffset.UTC).toString())
                .build();
        enriched.pipeInput(id.getBytes(), serdes.article().serializer().serialize("t", a), at);
    }

    private static String words(int i) {
        return "alpha" + i + " bravo" + i + " charlie" + i + " delta" + (i % 7);
    }

    private Map<String, Long> sizes() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String name : STORES) {
            KeyValueStore<String, Object> store =
                    cast((KeyValueStore<?, ?>) driver.getAllStateStores().get(name));
            long n = 0;
            try (KeyValueIterator<String, Object> it = store.all()) {
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
            }
            out.put(name, n);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static KeyValueStore<String, Object> cast(KeyValueStore<?, ?> store) {
        return (KeyValueStore<String, Object>) store;
    }

    @Test
    void aMonthLaterEveryStoreHasForgottenTheOldArticles() {
        int n = 500;
        for (int i = 0; i < n; i++) {
            Instant at = T0.plusSeconds(60L * i);
            send("a" + i, words(i), at, at);
        }
        Map<String, Long> full = sizes();
        assertThat(full.get(VersionProcessor.STORE)).isEqualTo(n);
        assertThat(full.get(StoryProcessor.GROUPS)).isPositive();

        Instant late = T0.plus(RETENTION).plus(Duration.ofDays(1)); // a retention after the last of them
        send("late", words(n), late, late);
        Map<String, Long> after = sizes();
        System.out.printf(
                "store entries after %d articles: %s; a retention later, after eviction: %s%n", n, full, after);
        assertThat(after.get(VersionProcessor.STORE))
                .as("only the late article is remembered, and what was forgotten")
                .isEqualTo(2);
        assertThat(driver.getTimestampedKeyValueStore(VersionProcessor.STORE)
                        .get(VersionProcessor.FORGOTTEN_UNTIL)
                        .value())
                .isEqualTo(Long.toString(T0.plusSeconds(60L * (n - 1)).toEpochMilli()));
        assertThat(after.get(DedupProcessor.ORIGINALS)).isEqualTo(1);
        assertThat(after.get(DedupProcessor.EMITTED)).isEqualTo(1);
        assertThat(after.get(StoryProcessor.GROUPS)).isEqualTo(1);
        assertThat(after.get(StoryProcessor.TERMS))
                .as("the late article's terms and the document count")
                .isLessThanOrEqualTo(full.get(StoryProcessor.TERMS) / 50);
    }

    @Test
    void anArticleCrawledAgainUnchangedIsRememberedFromItsLastSighting() {
        send("a", words(1), T0, T0);
        send("a", words(1), T0, T0.plus(Duration.ofDays(20)));
        send("x", words(2), T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(40)));
        send("a", words(1) + " corrected", T0, T0.plus(Duration.ofDays(40)));
        assertThat(clean.readValuesToList())
                .extracting(Article::getId, Article::getVersion)
                .containsExactly(tuple("a", 1), tuple("x", 1), tuple("a", 2));
    }

    @Test
    void aForgottenArticleComingBackIsNotNumberedAgainButDeadLettered() {
        send("a", words(1), T0, T0);
        send(
                "x",
                words(2),
                T0.plus(RETENTION).plus(Duration.ofDays(2)),
                T0.plus(RETENTION).plus(Duration.ofDays(2)));
        send("a", words(1) + " corrected", T0, T0.plus(RETENTION).plus(Duration.ofDays(2)));
        assertThat(clean.readValuesToList()).extracting(Article::getId).containsExactly("a", "x");
        DeadLetter d = dead.readValue();
        assertThat(d.getErrorKind()).isEqualTo("version-forgotten");
        assertThat(d.getUrl()).isEqualTo("https://news.example/a");
        assertThat(metrics.counter("newsflow.sink.articles", "outcome", "dead_letter", "reason", "version-forgotten")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void anArticlePublishedWithinTheRetentionIsNewEvenWhenOthersWereForgotten() {
        send("a", words(1), T0, T0);
        Instant later = T0.plus(RETENTION).plus(Duration.ofDays(2));
        send("b", words(2), later.minus(Duration.ofDays(3)), later);
        assertThat(clean.readValuesToList())
                .extracting(Article::getId, Article::getVersion)
                .containsExactly(tuple("a", 1), tuple("b", 1));
        assertThat(dead.isEmpty()).isTrue();
    }

    @Test
    void aStoryDatedInTheFutureIsEvictedLikeAnyOther() {
        send("future", words(1), Instant.parse("2099-01-01T00:00:00Z"), T0);
        Instant later = T0.plus(RETENTION).plus(Duration.ofDays(1));
        send("b", words(2), later, later);
        assertThat(sizes().get(StoryProcessor.GROUPS))
                .as("only b's story is open")
                .isEqualTo(1);
    }

    @Test
    void oldArticlesNeverSeenAreNewOnAFreshSinkButNotOnceOlderOnesWereForgotten() {
        Instant archive = T0.minus(Duration.ofDays(400));
        send("old", words(1), archive, T0);
        Instant later = T0.plus(RETENTION).plus(Duration.ofDays(1));
        send("b", words(2), later, later);
        send("older", words(3), archive, later);
        assertThat(clean.readValuesToList()).extracting(Article::getId).containsExactly("old", "b");
        assertThat(dead.readValue().getErrorKind())
                .as("as old as what was forgotten: cannot be told from it")
                .isEqualTo("version-forgotten");
    }
}
