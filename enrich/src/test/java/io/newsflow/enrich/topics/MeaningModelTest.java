package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeaningModelTest {

    private final ArticleTagger tagger = SharedTagger.TAGGER;

    /**
     * Headlines of ECB+ (Cybulska and Vossen 2014, CC BY 3.0): two reports of one event each, written by
     * different outlets with few words in common, and a third from another event.
     */
    private static final List<List<String>> EVENTS = List.of(
            List.of(
                    "INS Sukanya intercepts pirate ships, arms seized",
                    "Somali pirate attack foiled in Gulf of Aden",
                    "Texas Lifer Escapes Prison Van Near Houston"),
            List.of(
                    "'Armed and Dangerous' Texas Inmate on The Loose",
                    "Texas Lifer Escapes Prison Van Near Houston",
                    "Lindsay Lohan checks into Betty Ford Center"),
            List.of(
                    "Plane bombs South Sudan refugee camp-witness",
                    "UNHCR condemns air attack on refugee camp in South Sudan",
                    "Indian Navy captures 26 Somali pirates in Gulf of Aden"));

    private double cosine(String a, String b) {
        byte[] x = tagger.tag(new TagInput(a, "", "en", null, null, null)).meaning();
        byte[] y = tagger.tag(new TagInput(b, "", "en", null, null, null)).meaning();
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int d = 0; d < x.length; d++) {
            dot += x[d] * y[d];
            nx += x[d] * x[d];
            ny += y[d] * y[d];
        }
        return dot / Math.sqrt(nx * ny);
    }

    @Test
    void twoReportsOfOneEventMeanMoreAlikeThanAnotherEvent() {
        for (List<String> e : EVENTS) {
            double same = cosine(e.get(0), e.get(1));
            double other = cosine(e.get(0), e.get(2));
            System.out.printf("%.3f same event, %.3f other: %s%n", same, other, e);
            assertThat(same).as("%s", e).isGreaterThan(other + 0.1);
        }
    }

    @Test
    void theTaggerGivesOneSignedBytePerDimension() {
        Tags tags = tagger.tag(new TagInput("Somali pirate attack foiled in Gulf of Aden", "", "en", null, null, null));
        assertThat(tags.meaning()).hasSize(64);
        int max = 0;
        for (byte b : tags.meaning()) {
            max = Math.max(max, Math.abs(b));
        }
        assertThat(max)
                .as("the largest component is scaled to the byte's range")
                .isEqualTo(127);
        assertThat(tagger.tag(new TagInput("", "", null, null, null, null)).meaning())
                .as("nothing to read")
                .isNull();
    }

    @Test
    void theLeadIsTheFirstWordsOfTheBody() {
        String text = "one two three ".repeat(30);
        assertThat(MeaningModel.lead(text).split(" ")).hasSize(MeaningModel.LEAD_WORDS);
        assertThat(MeaningModel.lead("short text")).isEqualTo("short text");
    }

    @Test
    void theTopicPiecesOpenWithTheTitleTwiceAndTheLeadTheMeaningReads() {
        WordPieces vocabulary = LinearTopicModel.load().vocabulary();
        String title = "Indian Navy captures 26 Somali pirates in Gulf of Aden";
        String text =
                ("Mumbai, Nov 11 - Indian Navy patrolling the Gulf of Aden yesterday thwarted a multi-boat attack by "
                                + "sea brigands on merchant vessels, apprehending 26 Somali pirates and confiscating arms. ")
                        .repeat(8);
        int[] expected = new int[TopicFeatures.MAX_PIECES];
        int n = vocabulary.split(title, expected, 0, TopicFeatures.MAX_PIECES);
        n += vocabulary.split(title, expected, n, TopicFeatures.MAX_PIECES);
        n += vocabulary.split(MeaningModel.lead(text), expected, n, TopicFeatures.MAX_PIECES);
        TopicFeatures.Article article = TopicFeatures.of(title, text, vocabulary);
        assertThat(article.leadPieces()).isEqualTo(n);
        assertThat(Arrays.copyOf(article.pieces(), n)).containsExactly(Arrays.copyOf(expected, n));
        assertThat(article.pieces().length)
                .as("the body goes on after the lead")
                .isGreaterThan(n);
    }

    @Test
    void aModelForAnotherVocabularyDoesNotLoad() throws IOException {
        WordPieces vocabulary = new WordPieces(List.of("[PAD]", "pirate", "##s"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MeaningModel(vocabulary, 2, new float[] {0, 0, 1, 0, 0, 1}).write(out);
        MeaningModel back = MeaningModel.read(new ByteArrayInputStream(out.toByteArray()), vocabulary);
        assertThat(back.encode("pirates", "")).containsExactly(127, 127);
        WordPieces other = new WordPieces(List.of("[PAD]", "pirate", "##es"));
        assertThatThrownBy(() -> MeaningModel.read(new ByteArrayInputStream(out.toByteArray()), other))
                .hasMessageContaining("another vocabulary");
    }
}
