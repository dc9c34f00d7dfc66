package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The shipped model's calibration ({@link Temperature}): what it reads of an article, its curves, its file. */
class TemperatureTest {

    private static final LinearTopicModel MODEL = LinearTopicModel.load();

    private static final String TITLE = "Stocks fall as the central bank raises interest rates again";
    private static final String LEAD = "Shares in London and Frankfurt closed lower on Thursday after the bank said "
            + "inflation had not yet peaked.";

    @Test
    void anArticleIsMeasuredByItsOwnPiecesNotItsGlosses() {
        TopicFeatures.Article english = MODEL.features(TITLE, LEAD, "en");
        assertThat(english.english()).isTrue();
        assertThat(english.ownPieces()).isEqualTo(english.pieces().length);

        TopicFeatures.Article german = MODEL.features(
                "Aktien fallen, die Zentralbank erhöht die Zinsen erneut",
                "Die Börsen in London und Frankfurt schlossen am Donnerstag im Minus.",
                "de");
        assertThat(german.english()).isFalse();
        assertThat(german.ownPieces()).isPositive().isLessThan(german.pieces().length);
    }

    @Test
    void longReadsAreScoredCoolerThanHeadlinesAndOtherLanguagesCoolerThanEnglish() {
        Temperature t = MODEL.temperature();
        // Fitted on BBC News and BBC Afrique held out of the probe: whole articles are right more often than their
        // logits say, and so are articles read through their English glosses.
        assertThat(t.of(true, 640)).isLessThan(t.of(true, 40)).isLessThan(t.of(true, 20));
        assertThat(t.of(false, 640)).isLessThan(t.of(false, 40)).isLessThan(t.of(false, 20));
        assertThat(t.of(false, 640)).isLessThan(t.of(true, 640));
        StringBuilder whole = new StringBuilder(LEAD);
        for (int i = 0; i < 40; i++) {
            whole.append(' ').append(LEAD);
        }
        assertThat(t.of(MODEL.features(TITLE, whole.toString(), "en")))
                .isLessThan(t.of(MODEL.features(TITLE, LEAD, "en")));
    }

    @Test
    void theCurvesSurviveTheModelFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MODEL.write(out);
        LinearTopicModel back = LinearTopicModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.temperature()).isEqualTo(MODEL.temperature());
        TopicFeatures.Article a = MODEL.features(TITLE, LEAD, "en");
        assertThat(back.logits(back.features(TITLE, LEAD, "en"))).containsExactly(MODEL.logits(a));
    }
}
