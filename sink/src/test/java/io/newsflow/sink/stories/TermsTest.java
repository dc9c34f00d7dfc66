package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terms of real headlines in their language: stop words out, inflections met, names kept whole. */
class TermsTest {

    private static Map<String, Double> terms(String language, String title) {
        return Terms.of(new StoryInput("a", "site", title, "", List.of(), 0, language));
    }

    @Test
    void englishStopWordsAndNewsSpeakAreOutAndInflectionsMeet() {
        Map<String, Double> t = terms("en", "Wall Street rallies after the Fed leaves rates on hold, says analyst");
        assertThat(t).doesNotContainKeys("the", "after", "on", "says");
        assertThat(t.keySet())
                .containsAll(terms("en", "Wall Street rally as Fed leaves rate on hold")
                        .keySet());
        assertThat(t).containsKey("wall_street");
    }

    @Test
    void germanHeadlinesAreReadInGerman() {
        Map<String, Double> t = terms("de", "Märkte jubeln: EZB senkt die Zinsen zum ersten Mal seit 2019");
        assertThat(t).doesNotContainKeys("die", "zum");
        Map<String, Double> other = terms("de", "Der Markt jubelt über die Zinsen");
        assertThat(t.keySet()).as("Märkte meets Markt, Zinsen meets Zinsen").contains("markt", "zins");
        assertThat(other.keySet()).contains("markt", "zins");
        assertThat(terms("en", "EZB senkt die Zinsen zum ersten Mal seit 2019")).containsKey("zum");
    }

    @Test
    void frenchStopWordsAreOut() {
        Map<String, Double> t = terms("fr", "La BCE baisse ses taux pour la première fois depuis 2019");
        assertThat(t).doesNotContainKeys("la", "ses", "pour");
        assertThat(t).containsKey("2019");
    }

    @Test
    void aLanguageWithoutAnAnalyzerKeepsItsWordsWhole() {
        assertThat(terms("ja", "東京で地震 震度5強")).containsKeys("東京で地震", "震度5強");
        assertThat(terms(null, "Earthquakes strike Japan").keySet())
                .isEqualTo(terms("en", "Earthquakes strike Japan").keySet());
    }
}
