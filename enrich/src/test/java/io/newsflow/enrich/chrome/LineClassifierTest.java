package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model as data: it reads back as written, and a model that does not fit the code is refused. */
class LineClassifierTest {

    private static final List<String> PAGE = List.of(
            "Home | News | Sport | Weather",
            "",
            "Flood waters recede as rescue teams reach cut-off villages",
            "",
            "Rescue teams reached the last cut-off villages on Sunday, three days after the river burst its banks"
                    + " and forced thousands of residents from their homes.",
            "",
            "Officials said the water had fallen by more than a metre overnight, and that roads to the north of"
                    + " the valley would reopen once engineers had checked the bridges.",
            "",
            "Share this article",
            "© 2026 Example News. All rights reserved.");

    @Test
    void theShippedModelReadsBackAsWritten() {
        LineClassifier model = LineClassifier.defaults();
        LineClassifier again = LineClassifier.parse(model.format("").lines().toList());
        assertThat(again.articleProbability(PAGE)).containsExactly(model.articleProbability(PAGE));
    }

    @Test
    void keepsTheParagraphsAndDropsTheMenu() {
        // (On a page this small the classifier alone keeps the copyright line; the footer rule removes it.)
        LineClassifier model = LineClassifier.defaults();
        double[] p = model.articleProbability(PAGE);
        assertThat(model.isArticle(p[4])).as("first paragraph").isTrue();
        assertThat(model.isArticle(p[6])).as("second paragraph").isTrue();
        assertThat(model.isArticle(p[0])).as("menu").isFalse();
        assertThat(p[1]).as("blank line").isNaN();
    }

    @Test
    void refusesAModelThatNamesAFeatureTheCodeLacks() {
        List<String> rows =
                new ArrayList<>(LineClassifier.defaults().format("").lines().toList());
        int tree = rows.indexOf(rows.stream()
                .filter(r -> r.startsWith("stage1\ttree"))
                .findFirst()
                .orElseThrow());
        rows.set(tree, rows.get(tree).replaceFirst("\ttree\t[a-z0-9>=-]+<=", "\ttree\tno-such-feature<="));
        assertThatThrownBy(() -> LineClassifier.parse(rows)).hasMessageContaining("no-such-feature");
    }

    @Test
    void refusesAModelWithoutItsSecondStage() {
        List<String> rows = LineClassifier.defaults()
                .format("")
                .lines()
                .filter(r -> !r.startsWith("stage2"))
                .toList();
        assertThatThrownBy(() -> LineClassifier.parse(rows)).hasMessageContaining("retrain");
    }
}
