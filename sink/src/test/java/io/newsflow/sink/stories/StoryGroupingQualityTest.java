package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.state.MapTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Story grouping measured on the labelled headline stream: B-cubed precision, recall and F1. */
class StoryGroupingQualityTest {

    /** Events of one kind, days apart or on one day, whose headlines share most of their words. */
    private static final List<Set<String>> LOOK_ALIKES = List.of(
            Set.of("quake-turkey", "quake-japan", "quake-peru", "quake-chile", "quake-indonesia"),
            Set.of("ecb-cut", "fed-hold", "boe-hold", "boj-hold", "snb-hold"));

    /** The story each item is in at the end of the stream (merges followed, as a consumer of stories would). */
    private static List<String> group(StorySettings settings, List<LabelledStream.Item> items) {
        StoryGrouper grouper = new StoryGrouper(settings, new MapTable<>(), new MapTable<>(), new MapTable<>());
        Map<String, String> mergedInto = new HashMap<>();
        List<String> assigned = new ArrayList<>();
        for (LabelledStream.Item item : items) {
            StoryGrouper.Assignment a = grouper.assign(item.input());
            assigned.add(a.story().id());
            if (a.absorbed() != null) {
                mergedInto.put(a.absorbed().id(), a.story().id());
            }
        }
        return assigned.stream()
                .map(id -> {
                    String at = id;
                    while (mergedInto.containsKey(at)) {
                        at = mergedInto.get(at);
                    }
                    return at;
                })
                .toList();
    }

    private static BCubed run(StorySettings settings, List<LabelledStream.Item> items) {
        return BCubed.of(items.stream().map(LabelledStream.Item::event).toList(), group(settings, items));
    }

    /**
     * Stories that hold two look-alike events, as measured when the look-alikes were added: the same-week
     * quakes (Japan, Chile, Indonesia) and rate decisions (ECB and Fed; BoE, BoJ and SNB) that bag-of-words
     * similarity cannot tell apart (see the sink's known limits). A guard, not a goal: lower it when the
     * grouper learns to tell them apart, never raise it to let a change through.
     */
    private static final int KNOWN_LOOK_ALIKE_MERGES = 4;

    @Test
    void lookAlikeEventsAreMergedNoMoreThanMeasured() {
        List<LabelledStream.Item> items = LabelledStream.load("/stories/headlines.tsv");
        List<String> stories = group(StorySettings.defaults(), items);
        Map<String, Set<String>> eventsPerStory = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            eventsPerStory
                    .computeIfAbsent(stories.get(i), k -> new TreeSet<>())
                    .add(items.get(i).event());
        }
        List<Set<String>> merged = new ArrayList<>();
        for (Set<String> events : eventsPerStory.values()) {
            for (Set<String> kind : LOOK_ALIKES) {
                Set<String> alike = new TreeSet<>(events);
                alike.retainAll(kind);
                if (alike.size() > 1) {
                    merged.add(alike);
                }
            }
        }
        System.out.println("look-alike events sharing a story: " + merged);
        assertThat(merged)
                .as("stories holding two look-alike events")
                .hasSizeLessThanOrEqualTo(KNOWN_LOOK_ALIKE_MERGES);
        assertThat(merged)
                .as("quakes a week or more apart are never one story")
                .noneMatch(m -> m.contains("quake-turkey") || m.contains("quake-peru"));
    }

    @Test
    void headlinesGroupIntoTheirEvents() {
        List<LabelledStream.Item> items = LabelledStream.load("/stories/headlines.tsv");
        StorySettings d = StorySettings.defaults();
        for (double t = 0.06; t < 0.40; t += 0.02) {
            BCubed b = run(new StorySettings(t, d.halfLife(), d.window()), items);
            System.out.printf("threshold %.2f: B-cubed P %.3f R %.3f F1 %.3f%n", t, b.precision(), b.recall(), b.f1());
        }
        BCubed words = run(d, LabelledStream.wordsOnly(items));
        System.out.printf(
                "defaults, words alone: B-cubed P %.3f R %.3f F1 %.3f%n",
                words.precision(), words.recall(), words.f1());
        for (double merge : new double[] {0, 1.2, 1.5, 2, 2.5, 3}) {
            BCubed m = run(d.withMergeThreshold(merge), items);
            System.out.printf(
                    "merge threshold %.1f: B-cubed P %.3f R %.3f F1 %.3f%n", merge, m.precision(), m.recall(), m.f1());
        }
        BCubed b = run(d, items);
        System.out.printf(
                "defaults on %d headlines with their meaning vectors: B-cubed P %.3f R %.3f F1 %.3f%n",
                items.size(), b.precision(), b.recall(), b.f1());
        assertThat(items)
                .as("every headline has enrich's meaning vector")
                .allMatch(i -> i.input().meaning() != null);
        // measured 0.874 / 0.884 with the length-scaled threshold (0.869 / 0.867 with one fixed threshold of 0.10;
        // 0.892 / 0.914 before the same-week look-alikes were added): floors kept where they were
        assertThat(b.f1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.86);
        assertThat(b.precision()).as("B-cubed precision").isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void bCubedOfAPerfectAndOfALumpedClustering() {
        assertThat(BCubed.of(List.of("a", "a", "b"), List.of("x", "x", "y")).f1())
                .isEqualTo(1.0);
        BCubed lumped = BCubed.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
        assertThat(lumped.recall()).isEqualTo(1.0);
        assertThat(lumped.precision()).isEqualTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3);
    }
}
