package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.language.FunctionWords;
import io.newsflow.enrich.language.LanguageDetector;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.junit.jupiter.api.Test;

/** Stop words come from Lucene's lists for every detected language that Lucene has one for. */
class StopwordsTest {

    // Detected, but lucene-analysis-common has no stop list for them (Polish and Ukrainian live in other
    // Lucene modules, not on Maven Central's mirror here; CJK text has no spaces for these phrases anyway): they
    // keep English's lists, and Polish and Ukrainian add stopwords-iso's from news-words.txt.
    private static final Set<String> WITHOUT_LUCENE_LIST = Set.of("pl", "uk", "zh", "ja", "ko");

    @Test
    void everyDetectedLanguageWithALuceneListHasItsOwn() {
        List<String> detected = LanguageDetector.languageCodes();
        for (String code : detected) {
            if (!WITHOUT_LUCENE_LIST.contains(code)) {
                assertThat(Stopwords.languages()).as(code).contains(code);
                if (!code.equals("en")) {
                    assertThat(Stopwords.forLanguage(code)).as(code).isNotEqualTo(Stopwords.forLanguage("en"));
                }
            }
        }
        assertThat(Stopwords.forLanguage("pl"))
                .containsAll(Stopwords.forLanguage("en"))
                .contains("się", "nie", "że", "na", "styczeń");
        assertThat(Stopwords.forLanguage("uk"))
                .containsAll(Stopwords.forLanguage("en"))
                .contains("що", "як");
        assertThat(Stopwords.forLanguage("ko")).isEqualTo(Stopwords.forLanguage("en"));
        assertThat(Stopwords.titles("pl")).isEqualTo(Stopwords.titles("en"));
    }

    @Test
    void germanHasTheSpellingOf1996AndFrenchItsElisions() {
        // Snowball's German list has "daß" only; "dass" was a key phrase of 47 of the 1,088 dev articles.
        assertThat(Stopwords.forLanguage("de")).contains("dass", "daß");
        assertThat(FunctionWords.elided("fr")).contains("l", "d", "qu", "c", "j");
        assertThat(FunctionWords.elided("en")).isEmpty();
    }

    @Test
    void listsAreLucenesWithDaysMonthsAndNewsWords() {
        for (Object w : GermanAnalyzer.getDefaultStopSet()) {
            assertThat(Stopwords.forLanguage("de")).contains(new String((char[]) w));
        }
        for (Object w : RussianAnalyzer.getDefaultStopSet()) {
            assertThat(Stopwords.forLanguage("ru")).contains(new String((char[]) w));
        }
        assertThat(Stopwords.forLanguage("en")).contains("the", "ourselves", "monday", "december", "said", "also");
        assertThat(Stopwords.forLanguage("de")).contains("und", "montag", "dezember", "sagte");
        assertThat(Stopwords.forLanguage("fr")).contains("les", "lundi", "décembre", "est");
        assertThat(Stopwords.forLanguage("nb")).contains("og", "mandag");
        assertThat(Stopwords.forLanguage("en")).doesNotContain("putin", "china", "times");
    }

    @Test
    void titlesAreKnownPerLanguage() {
        assertThat(Stopwords.titles("en")).contains("president", "mr", "chancellor", "prime", "minister");
        assertThat(Stopwords.titles("de")).contains("bundeskanzler", "präsident");
        assertThat(Stopwords.titles(null)).isEqualTo(Stopwords.titles("en"));
    }
}
