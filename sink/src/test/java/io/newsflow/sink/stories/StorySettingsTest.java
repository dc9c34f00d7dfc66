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
    void fullTermsMayNotBeNegative() {
        assertThatThrownBy(() -> new StorySettings(0.2, Duration.ofDays(1), Duration.ofDays(2), -1))
                .isInstanceOf(IllegalArgumentException.class);
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
