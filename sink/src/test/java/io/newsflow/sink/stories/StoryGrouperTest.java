package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.newsflow.sink.state.MapTable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final MapTable<String> terms = new MapTable<>();
    private final MapTable<byte[]> groups = new MapTable<>();
    private final MapTable<String> postings = new MapTable<>();
    private final StoryGrouper grouper =
            new StoryGrouper(StorySettings.defaults().withMergeThreshold(0), terms, groups, postings);

    /** A merge threshold the tests hold the merge to. */
    private static final double MERGE = 1.5;

    private static StoryInput input(String id, String title, long time) {
        return new StoryInput(id, id + ".example", title, "", List.of(), time);
    }

    private StoryGrouper.Assignment add(String id, String title, long time) {
        return grouper.assign(input(id, title, time));
    }

    /**
     * Two reports sharing one name, whose meaning vectors disagree: in one language the disagreement keeps
     * them apart, across two it is not read (the meaning model cannot compare a text with its translation), so
     * the shared name joins them. Swahili and Yoruba have no Lucene analyzer: both read their words alike.
     */
    @Test
    void meaningVectorsAreComparedOnlyWithinOneLanguage() {
        String opener = "Mathare river floods Nairobi homes overnight after storms";
        String report = "Nairobi residents flee rising waters as storm season peaks";
        assertThat(secondJoinsFirst(opener, "sw", report, "sw")).isFalse();
        assertThat(secondJoinsFirst(opener, "sw", report, "yo")).isTrue();
    }

    private static boolean secondJoinsFirst(String first, String firstLanguage, String second, String language) {
        StoryGrouper g = new StoryGrouper(
                StorySettings.defaults().withMergeThreshold(0), new MapTable<>(), new MapTable<>(), new MapTable<>());
        String story = g.assign(
                        new StoryInput("a", "a.example", first, "", List.of(), 0, firstLanguage, new float[] {1, 0}))
                .story()
                .id();
        StoryGrouper.Assignment b =
                g.assign(new StoryInput("b", "b.example", second, "", List.of(), 1000, language, new float[] {0, 1}));
        System.out.println(
                "similarity " + b.similarity() + " joined " + b.story().id().equals(story));
        return b.story().id().equals(story);
    }

    @Test
    void aFollowUpJoinsItsEventAndNotTheOtherNews() {
        String turkey = add("a", "Magnitude 6.1 earthquake strikes eastern Turkey near Malatya", 0)
                .story()
                .id();
        String dutch = add("b", "Dutch election won by Wilders", 1000).story().id();
        assertThat(dutch).isNotEqualTo(turkey);
        assertThat(add("c", "Death toll from Turkey earthquake rises in Malatya", 2000)
                        .story()
                        .id())
                .isEqualTo(turkey);
        assertThat(add("d", "Wilders claims victory in Dutch vote", 3000)
                        .story()
                        .id())
                .isEqualTo(dutch);
    }

    @Test
    void theSameWordsAWeekLaterOpenANewStory() {
        String first = add("a", "Wildfire near Athens forces evacuation of suburbs", 0)
                .story()
                .id();
        assertThat(add("b", "Athens wildfire forces evacuation of suburbs", 6 * DAY)
                        .story()
                        .id())
                .isNotEqualTo(first);
    }

    @Test
    void aStoryRemembersItsMembersAndOutlets() {
        add("a", "Sam Altman ousted from OpenAI", 0);
        StoryState s = add("b", "OpenAI board fires Sam Altman", 1000).story();
        assertThat(s.members()).containsExactly("a", "b");
        assertThat(s.outlets()).containsExactly("a.example", "b.example");
        assertThat(s.count()).isEqualTo(2);
        StoryState decoded = StoryStateAvro.decode(StoryStateAvro.encode(s));
        assertThat(decoded.members()).isEqualTo(s.members());
        assertThat(decoded.title()).isEqualTo(s.title());
        assertThat(decoded.centroid().keySet()).isEqualTo(s.centroid().keySet());
    }

    @Test
    void twoHalvesOfOneEventOpenedApartAreMergedOnceAnArticleBridgesThem() {
        StoryGrouper merging = new StoryGrouper(
                StorySettings.defaults().withMergeThreshold(MERGE), new MapTable<>(), groups, postings);
        String evacuation = merging.assign(input("a", "Grindavik evacuated as Reykjanes volcano erupts", 0))
                .story()
                .id();
        String lava = merging.assign(input("b", "Lava fountains light up sky over Icelandic fishing town", 1000))
                .story()
                .id();
        String vote = merging.assign(input("c", "Dutch election won by Wilders", 2000))
                .story()
                .id();
        assertThat(Set.of(evacuation, lava, vote))
                .as("three stories before the bridge")
                .hasSize(3);
        StoryGrouper.Assignment bridge =
                merging.assign(input("d", "Grindavik evacuated as lava fountains light up sky over Reykjanes", 3000));
        assertThat(bridge.absorbed()).as("a story folded into another").isNotNull();
        assertThat(Set.of(bridge.story().id(), bridge.absorbed().id())).isEqualTo(Set.of(evacuation, lava));
        assertThat(bridge.story().members()).containsExactlyInAnyOrder("a", "b", "d");
        assertThat(bridge.story().count()).isEqualTo(3);
        assertThat(groups.get(bridge.absorbed().id()))
                .as("the absorbed story leaves the store")
                .isNull();
        // the next report of either half finds the one story; the election stays apart
        assertThat(merging.assign(input("e", "Icelandic town of Grindavik under lava threat", 4000))
                        .story()
                        .id())
                .isEqualTo(bridge.story().id());
        StoryGrouper.Assignment election = merging.assign(input("f", "Wilders claims victory in Dutch vote", 5000));
        assertThat(election.story().id()).isEqualTo(vote);
        assertThat(election.absorbed()).isNull();
        merging.evict(StorySettings.defaults().window().toMillis() + 5000 - DAY);
        StringBuilder posted = new StringBuilder();
        postings.forEach((term, ids) -> posted.append(ids).append(' '));
        assertThat(posted.toString())
                .contains(bridge.story().id())
                .doesNotContain(bridge.absorbed().id() + " ");
    }

    @Test
    void withoutAMergeThresholdTheHalvesStayApart() {
        add("a", "Grindavik evacuated as Reykjanes volcano erupts", 0);
        add("b", "Lava fountains light up sky over Icelandic fishing town", 1000);
        StoryGrouper.Assignment bridge =
                add("d", "Grindavik evacuated as lava fountains light up sky over Reykjanes", 3000);
        assertThat(bridge.absorbed()).isNull();
        assertThat(groups.size()).isEqualTo(2);
    }

    @Test
    void aMergedStoryAddsUpCentroidsMeaningAndTimes() {
        StoryState one = StoryState.open(
                "story-a",
                new StoryInput("a", "x.example", "t", "", List.of(), 10, "en", new float[] {1, 0}),
                Map.of("lava", 1.0));
        StoryState two = StoryState.open(
                "story-b",
                new StoryInput("b", "y.example", "u", "", List.of(), 5, "en", new float[] {0, 1}),
                Map.of("lava", 1.0, "town", 1.0));
        StoryState both = one.absorb(two);
        assertThat(both.id()).isEqualTo("story-a");
        assertThat(both.centroid()).containsEntry("lava", 2.0).containsEntry("town", 1.0);
        assertThat(both.meaning()).containsExactly(1f, 1f);
        assertThat(both.firstSeen()).isEqualTo(5);
        assertThat(both.lastSeen()).isEqualTo(10);
        assertThat(both.outlets()).containsExactly("x.example", "y.example");
        assertThat(one.similarity(two)).isCloseTo(1 / Math.sqrt(2), offset(1e-9));
        assertThat(one.meaningSimilarity(two)).isCloseTo(0, offset(1e-9));
    }

    @Test
    void quietStoriesTheirPostingsAndOldTermsAreEvicted() {
        add("a", "Sam Altman ousted from OpenAI", 0);
        grouper.evict(StorySettings.defaults().window().toMillis() + DAY);
        assertThat(groups.size()).isZero();
        assertThat(postings.size()).isZero();
        assertThat(terms.size()).isEqualTo(1); // only the document count stays
    }
}
