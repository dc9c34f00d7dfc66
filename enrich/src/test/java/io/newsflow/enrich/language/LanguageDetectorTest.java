package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void detectsCommonLanguagesAsIso6391() {
        assertThat(DETECTOR.detect("The government announced new measures to fight inflation on Monday.", null))
                .isEqualTo("en");
        assertThat(DETECTOR.detect(
                        "Die Bundesregierung hat am Montag neue Maßnahmen gegen die Inflation beschlossen.", null))
                .isEqualTo("de");
        assertThat(DETECTOR.detect("Le gouvernement a annoncé lundi de nouvelles mesures contre l'inflation.", null))
                .isEqualTo("fr");
        assertThat(DETECTOR.detect("El gobierno anunció el lunes nuevas medidas contra la inflación.", null))
                .isEqualTo("es");
        assertThat(DETECTOR.detect("Правительство в понедельник объявило о новых мерах против инфляции.", null))
                .isEqualTo("ru");
    }

    @Test
    void declaredLanguageWinsWhenTextAgreesOrIsTooShort() {
        assertThat(DETECTOR.detect("The government announced new measures today.", "en-GB"))
                .isEqualTo("en");
        assertThat(DETECTOR.detect("OK", "pt-BR")).isEqualTo("pt");
        assertThat(DETECTOR.detect("", null)).isEqualTo(LanguageDetector.UNKNOWN);
    }

    @Test
    void textOverrulesAWrongDeclaration() {
        // Templates often say lang="en" on every page of a multilingual site.
        assertThat(DETECTOR.detect(
                        "Die Bundesregierung hat am Montag neue Maßnahmen gegen die Inflation"
                                + " beschlossen, teilte ein Sprecher in Berlin mit.",
                        "en"))
                .isEqualTo("de");
    }

    @Test
    void functionWordsConfirmARightDeclarationAndNeverAWrongOne() {
        String english = "The government said on Monday that it would not raise taxes this year, and that the"
                + " budget was on track.";
        assertThat(LanguageDetector.functionWordsConfirm("en", english)).isTrue();
        assertThat(LanguageDetector.functionWordsConfirm("de", english)).isFalse();
        String spanish = "El gobierno anunció el lunes que no subirá los impuestos este año y que el presupuesto"
                + " se cumple.";
        assertThat(LanguageDetector.functionWordsConfirm("es", spanish)).isTrue();
        assertThat(LanguageDetector.functionWordsConfirm("pt", spanish))
                .as("a neighbour's declaration goes to Lingua")
                .isFalse();
        assertThat(LanguageDetector.functionWordsConfirm(
                        "cs", "Rząd poinformował w poniedziałek, że nie podniesie podatków w tym roku."))
                .as("Polish has no list, so a Czech declaration is never confirmed by function words")
                .isFalse();
        assertThat(LanguageDetector.functionWordsConfirm("en", "Breaking: markets, rates, oil."))
                .as("too few function words to tell")
                .isFalse();
    }
}
