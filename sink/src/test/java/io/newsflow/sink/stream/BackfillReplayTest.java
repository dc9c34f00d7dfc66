package io.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.stories.BCubed;
import io.newsflow.sink.stories.LabelledStream;
import io.newsflow.sink.stories.StoryInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * Stories follow publication time: the labelled headline stream (11 days, 50 events) replayed a month later
 * in one go, read a page a minute, is grouped exactly as when it was read as it was published.
 *
 * <p>The headlines go onto the hand-off topic, as the version stage writes them: the test driver runs every
 * sub-topology in one task with one stream time, so records on articles.enriched would move the clock of
 * dedup and stories, which in a deployment read the hand-off topic in a task of their own.
 */
class BackfillReplayTest {

    private static final List<LabelledStream.Item> ITEMS = LabelledStream.load("/stories/headlines.tsv");
    private final AvroSerdes serdes = AvroSerdes.registryFree();

    /** The story of each headline as articles.clean tells it, the headlines sent with the given record times. */
    private List<String> storiesOf(IntFunction<Instant> recordTime) {
        Instant now = recordTime.apply(ITEMS.size() - 1);
        SinkSettings s = SinkSettings.defaults();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                SinkTopology.build(s, serdes, new SimpleMeterRegistry(), Clock.fixed(now, ZoneOffset.UTC)))) {
            TestInputTopic<String, Article> versioned = driver.createInputTopic(
                    s.handOffTopic(), new StringSerializer(), serdes.article().serializer());
            TestOutputTopic<String, Article> clean = driver.createOutputTopic(
                    s.cleanTopic(), new StringDeserializer(), serdes.article().deserializer());
            for (int i = 0; i < ITEMS.size(); i++) {
                Article a = article(ITEMS.get(i).input());
                versioned.pipeInput(a.getId(), a, recordTime.apply(i));
            }
            List<Article> out = clean.readValuesToList();
            assertThat(out).extracting(Article::getId).hasSize(ITEMS.size());
            return out.stream().map(Article::getStoryId).toList();
        }
    }

    /** A headline-only page as enrich would send it, dated by its publication time. */
    private static Article article(StoryInput in) {
        return Article.newBuilder()
                .setId(in.id())
                .setUrl("https://" + in.site() + "/" + in.id())
                .setSite(in.site())
                .setTitle(in.title())
                .setText(in.title())
                .setContentHash(Integer.toHexString(in.title().hashCode()))
                .setVersion(1)
                .setPublishedAt(
                        Instant.ofEpochMilli(in.time()).atOffset(ZoneOffset.UTC).toString())
                .build();
    }

    private static Instant published(int i) {
        return Instant.ofEpochMilli(ITEMS.get(i).input().time());
    }

    @Test
    void aBackfillAMonthLateGroupsAsTheLiveStreamDid() {
        List<String> live = storiesOf(BackfillReplayTest::published);
        Instant monthLater = published(ITEMS.size() - 1).plus(Duration.ofDays(30));
        List<String> backfill = storiesOf(i -> monthLater.plus(Duration.ofMinutes(i)));

        List<String> truth = ITEMS.stream().map(LabelledStream.Item::event).toList();
        BCubed liveScore = BCubed.of(truth, live);
        BCubed backfillScore = BCubed.of(truth, backfill);
        System.out.printf(
                "live: %d stories, B-cubed F1 %.3f; backfill a month late: %d stories, B-cubed F1 %.3f%n",
                live.stream().distinct().count(),
                liveScore.f1(),
                backfill.stream().distinct().count(),
                backfillScore.f1());
        assertThat(backfill).as("story of each headline, backfill vs live").isEqualTo(live);
        assertThat(live.stream().distinct().count())
                .as("the stream holds many stories, not one")
                .isGreaterThan(30);
    }

    @Test
    void aPageDatedInTheFutureCountsAsAnHourAfterItsRecordAtMost() {
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        Article future = Article.newBuilder(article(ITEMS.get(0).input()))
                .setPublishedAt("2099-01-01T00:00:00Z")
                .build();
        Article undated = Article.newBuilder(future).setPublishedAt(null).build();
        Article unreadable =
                Article.newBuilder(future).setPublishedAt("yesterday").build();
        Article past = Article.newBuilder(future)
                .setPublishedAt("2026-02-01T10:00:00+02:00")
                .build();
        long t = at.toEpochMilli();
        assertThat(PublicationTime.of(future, t)).isEqualTo(t + PublicationTime.FUTURE_ALLOWANCE.toMillis());
        assertThat(PublicationTime.of(undated, t)).isEqualTo(t);
        assertThat(PublicationTime.of(unreadable, t)).isEqualTo(t);
        assertThat(PublicationTime.of(past, t))
                .isEqualTo(Instant.parse("2026-02-01T08:00:00Z").toEpochMilli());
    }
}
