package io.newsflow.sink.stories;

import io.newsflow.sink.state.MapTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Story grouping measured on the labelled headline stream: B-cubed precision, recall and F1. */
class StoryGroupingQualityTest {

    private static BCubed run(StorySettings settings, List<LabelledStream.Item> items) {
        StoryGrouper grouper = new StoryGrouper(settings, new MapTable<>(), new MapTable<>(), new MapTable<>());
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (LabelledStream.Item item : items) {
            truth.add(item.event());
            predicted.add(grouper.assign(item.input()).story().id());
        }
        return BCubed.of(truth, predicted);
    }

    @Test
    void headlinesGroupIntoTheirEvents() {
        List<LabelledStream.Item> items = LabelledStream.load("/stories/headlines.tsv");
        StorySettings d = StorySettings.defaults();
        for (double t = 0.06; t < 0.40; t += 0.02) {
            BCubed b = run(new StorySettings(t, d.halfLife(), d.window()), items);
            System.out.printf("threshold %.2f: B-cubed P %.3f R %.3f F1 %.3f%n", t, b.precision(), b.recall(), b.f1());
        }
        BCubed b = run(d, items);
        System.out.printf("defaults on %d headlines: B-cubed P %.3f R %.3f F1 %.3f%n", items.size(), b.precision(), b.recall(), b.f1());
        assertThat(b.f1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.87);
        assertThat(b.precision()).as("B-cubed precision").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void bCubedOfAPerfectAndOfALumpedClustering() {
        assertThat(BCubed.of(List.of("a", "a", "b"), List.of("x", "x", "y")).f1()).isEqualTo(1.0);
        BCubed lumped = BCubed.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
        assertThat(lumped.recall()).isEqualTo(1.0);
        assertThat(lumped.precision()).isEqualTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3);
    }
}
