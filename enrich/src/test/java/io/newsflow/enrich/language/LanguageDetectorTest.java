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
}
