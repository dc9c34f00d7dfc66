package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProperNounsTest {

    @Test
    void germanNamesKeepTheirCapitalAndNounsLoseIt() {
        List<Tokens.Token> read = ProperNouns.mark(
                Tokens.of("Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten"
                        + " Emmanuel Macron, um über die Lage der Wirtschaft zu sprechen."),
                "de");
        Map<String, Boolean> capital = byWord(read);
        assertThat(capital)
                .containsEntry("Scholz", true)
                .containsEntry("Berlin", true)
                .containsEntry("Macron", true);
        assertThat(capital).containsEntry("Lage", false).containsEntry("Wirtschaft", false);
    }

    @Test
    void aNameInTheGenitiveIsTheName() {
        List<Tokens.Token> read = ProperNouns.mark(
                Tokens.of("Chinas Wirtschaft wächst. Die Regierung in China meldet es, auch die Führung Chinas."
                        + " Alles bleibt, wie alle es sagen."),
                "de");
        assertThat(read)
                .extracting(Tokens.Token::surface)
                .doesNotContain("Chinas")
                .contains("China", "Alles");
    }

    @Test
    void otherLanguagesAreLeftAsWritten() {
        List<Tokens.Token> tokens = Tokens.of("The Government met in Berlin on Monday.");
        assertThat(ProperNouns.mark(tokens, "en")).isSameAs(tokens);
    }

    @Test
    void aTextWithoutFullStopsIsTaggedOnlyUpToTheBudget() {
        // One "sentence" of ~600 words, as a list or a hostile page gives: the tagger reads its first 80 words
        // only, so a name that first stands late is read as a noun, and the cost stays bounded.
        String filler = " und die Leute sagten dass es gut sei".repeat(70);
        List<Tokens.Token> read = ProperNouns.mark(
                Tokens.of("Gestern sprach Angela Merkel in Hamburg" + filler + " mit Olaf Scholz"), "de");
        Map<String, Boolean> capital = byWord(read);
        assertThat(capital).containsEntry("Merkel", true).containsEntry("Hamburg", true);
        assertThat(capital).containsEntry("Scholz", false);
    }

    private static Map<String, Boolean> byWord(List<Tokens.Token> tokens) {
        return tokens.stream()
                .collect(Collectors.toMap(Tokens.Token::surface, Tokens.Token::capitalised, (a, b) -> a && b));
    }
}
