package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the top topic, mapped to world / sports / business / scitech, on the hand-written labelled
 * set (title + lead only, no page signals: the hardest case). Prints per-class figures and the confusion
 * table; the floor sits a little under the measured accuracy, to catch regressions, not to chase items.
 */
class FourClassAccuracyTest {

    static final double FLOOR = 0.92;
    static final double HELD_OUT_FLOOR = 0.87;

    @Test
    void topTopicMatchesTheDeskOnTheDevelopmentSet() {
        check("development set", LabelledSet.items(), FLOOR);
    }

    @Test
    void topTopicMatchesTheDeskOnTheHeldOutSet() {
        check("held-out set", LabelledSet.heldOut(), HELD_OUT_FLOOR);
    }

    private static void check(String name, List<LabelledSet.Item> items, double floor) {
        Map<String, String> mapping = LabelledSet.mapping();
        List<TagInput> inputs = new ArrayList<>();
        for (LabelledSet.Item it : items) {
            inputs.add(new TagInput(it.title(), it.lead(), "en", null, null, null));
        }
        List<Tags> tags = SharedTagger.TAGGER.tagAll(inputs);
        List<String> classes = LabelledSet.CLASSES;
        int[][] confusion = new int[classes.size()][classes.size()];
        int correct = 0;
        StringBuilder misses = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String predicted = mapping.get(tags.get(i).topics().get(0).code());
            int gold = classes.indexOf(items.get(i).label());
            confusion[gold][classes.indexOf(predicted)]++;
            if (predicted.equals(items.get(i).label())) {
                correct++;
            } else {
                misses.append(String.format(
                        Locale.ROOT,
                        "  %-8s -> %-8s %s  %s%n",
                        items.get(i).label(),
                        predicted,
                        items.get(i).title(),
                        tags.get(i).topics()));
            }
        }
        double accuracy = (double) correct / items.size();
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: 4-class accuracy %.3f (%d/%d)%n%-10s",
                name,
                accuracy,
                correct,
                items.size(),
                "gold\\pred"));
        classes.forEach(c -> report.append(String.format(Locale.ROOT, "%9s", c)));
        report.append(String.format(Locale.ROOT, "%10s%10s%n", "recall", "precision"));
        for (int g = 0; g < classes.size(); g++) {
            report.append(String.format(Locale.ROOT, "%-10s", classes.get(g)));
            int row = 0;
            int col = 0;
            for (int p = 0; p < classes.size(); p++) {
                report.append(String.format(Locale.ROOT, "%9d", confusion[g][p]));
                row += confusion[g][p];
                col += confusion[p][g];
            }
            report.append(String.format(
                    Locale.ROOT,
                    "%10.3f%10.3f%n",
                    (double) confusion[g][g] / row,
                    col == 0 ? 0 : (double) confusion[g][g] / col));
        }
        System.out.println(report);
        System.out.println("misses:\n" + misses);
        assertThat(accuracy).as(report.toString()).isGreaterThanOrEqualTo(floor);
    }
}
