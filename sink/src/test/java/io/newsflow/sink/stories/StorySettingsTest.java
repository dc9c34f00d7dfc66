package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.sink.state.MapTable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySettingsTest {

    private static final StorySettings D = StorySettings.defaults();

    @Test
    void theThresholdHoldsForFullTextsAndScalesWithTheShorterSideBelowFullLength() {
        double t = D.threshold();
        assertThat(D.fullTerms()).isEqualTo(StoryState.CENTROID_TERMS);
        assertThat(D.threshold(120, 64)).isEqualTo(t);
        assertThat(D.threshold(64, 200)).isEqualTo(t);
        assertThat(D.threshold(16, 64)).isCloseTo(t / 2, within(1e-12));
        assertThat(D.threshold(120, 16)).isCloseTo(t / 2, within(1e-12));
        assertThat(D.threshold(7, 30)).isCloseTo(t * Math.sqrt(7 / 64.0), within(1e-12));
        assertThat(D.threshold(0, 30)).isPositive();
        StorySettings fixed = new StorySettings(t, D.halfLife(), D.window(), 0);
        assertThat(fixed.threshold(7, 7)).isEqualTo(t);
    }

    @Test
    void aFollowUpHeadlineJoinsOnlyWhenItsShortnessIsAllowedFor() {
        String first = "Magnitude 6.1 earthquake strikes eastern Turkey near Malatya";
        String followUp = "Rescuers search rubble in Malatya as aftershocks continue"; // cosine 0.23
        assertThat(sameStory(D, first, followUp)).isTrue();
        assertThat(sameStory(new StorySettings(D.threshold(), D.halfLife(), D.window(), 0), first, followUp))
                .as("the full-text threshold holds headlines apart")
                .isFalse();
    }

    @Test
    void meaningAddsToTheWordsOnlyWhenBothSidesHaveIt() {
        double words = D.score(0.14, Double.NaN, 1, 120, 64);
        assertThat(words).isCloseTo(0.5, within(1e-12));
        assertThat(D.score(0.14, D.meaningOffset(), 1, 120, 64)).isCloseTo(words, within(1e-12));
        assertThat(D.score(0.14, 1.0, 1, 120, 64)).isGreaterThan(words);
        assertThat(D.score(0.14, 0.2, 1, 120, 64)).isLessThan(words);
        assertThat(D.score(0.14, 1.0, 0.5, 120, 64))
                .as("decayed alike")
                .isCloseTo(D.score(0.14, 1.0, 1, 120, 64) / 2, within(1e-12));
        StorySettings wordsOnly = new StorySettings(D.threshold(), D.halfLife(), D.window(), D.fullTerms());
        assertThat(wordsOnly.score(0.14, 0.2, 1, 120, 64)).isEqualTo(words);
    }

    @Test
    void theGrouperWeighsMeaningWhenBothSidesHaveIt() {
        // A cold start's known limit: two events that share a name. Meaning vectors as enrich gives them
        // are in the headline stream's .meaning file; here two made-up directions, and a weight that shows
        // the pull (the default holds apart only pairs nearer the bar).
        String first = "Magnitude 6.1 earthquake strikes eastern Turkey near Malatya";
        String other = "Lira slides as Turkey central bank holds rates";
        StorySettings heavy = new StorySettings(D.threshold(), D.halfLife(), D.window(), D.fullTerms(), 3, 0.75);
        assertThat(sameStory(heavy, first, new float[] {1, 0}, other, new float[] {0, 1}))
                .isFalse();
        assertThat(sameStory(heavy, first, new float[] {1, 0}, other, new float[] {1, 0}))
                .isTrue();
        assertThat(sameStory(heavy, first, new float[] {1, 0}, other, null))
                .as("no vector: words alone")
                .isTrue();
    }

    @Test
    void meaningWeightMayNotBeNegative() {
        assertThatThrownBy(() -> new StorySettings(0.2, Duration.ofDays(1), Duration.ofDays(2), 64, -1, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fullTermsMayNotBeNegative() {
        assertThatThrownBy(() -> new StorySettings(0.2, Duration.ofDays(1), Duration.ofDays(2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean sameStory(StorySettings settings, String a, float[] ma, String b, float[] mb) {
        StoryGrouper g = new StoryGrouper(settings, new MapTable<>(), new MapTable<>(), new MapTable<>());
        String s = g.assign(new StoryInput("a", null, a, "", List.of(), 0, "en", ma))
                .story()
                .id();
        return g.assign(new StoryInput("b", null, b, "", List.of(), 1000, "en", mb))
                .story()
                .id()
                .equals(s);
    }

    private static boolean sameStory(StorySettings settings, String a, String b) {
        StoryGrouper g = new StoryGrouper(settings, new MapTable<>(), new MapTable<>(), new MapTable<>());
        String s =
                g.assign(new StoryInput("a", null, a, "", List.of(), 0)).story().id();
        return g.assign(new StoryInput("b", null, b, "", List.of(), 1000))
                .story()
                .id()
                .equals(s);
    }
}
