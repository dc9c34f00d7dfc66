package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names in news: a person is introduced with a title and full name, then called by title and surname or
 * by surname alone; the key phrases must name each person once, in full, and names must lead. Page
 * furniture that survives extraction (one-off "Subscribe", "Read more") must never be a key phrase.
 * Fixtures are short news texts written for these tests, beside this class.
 */
class KeyphraseNamesTest {

    private final KeyphraseExtractor extractor = new KeyphraseExtractor();

    @Test
    void titlesAndLoneSurnamesFoldIntoTheFullName() {
        List<String> k = extract("titles-and-names.txt");
        System.out.println("titles-and-names: " + k);
        assertThat(k).contains("Xi Jinping", "Vladimir Putin", "Keir Starmer", "Olaf Scholz");
        assertThat(k)
                .doesNotContain(
                        "Xi",
                        "President Xi",
                        "Chinese President Xi Jinping",
                        "Putin",
                        "Mr Putin",
                        "Russian President Vladimir Putin",
                        "Starmer",
                        "Prime Minister Keir Starmer",
                        "Scholz",
                        "Chancellor Scholz",
                        "Chancellor Olaf Scholz");
        assertThat(k).noneMatch(p -> p.startsWith("President") || p.startsWith("Mr ") || p.endsWith(" Minister"));
    }

    @Test
    void theFullNameTakesTheSurnamesWeightAndLeads() {
        List<String> k = extract("titles-and-names.txt");
        // Xi and Putin are named in full once or twice but by surname a dozen times: they lead.
        assertThat(k.subList(0, 2)).containsExactlyInAnyOrder("Xi Jinping", "Vladimir Putin");
        assertNamesFirst(k);
    }

    @Test
    void furnitureLinesAreNeverKeyPhrases() {
        List<String> k = extract("furniture.txt");
        System.out.println("furniture: " + k);
        assertThat(k).contains("Stefano Bonaccini", "Ravenna", "Bologna");
        for (String chrome : List.of(
                "subscribe",
                "read more",
                "advertisement",
                "sign up",
                "indicates",
                "required",
                "related",
                "more news",
                "newsletter",
                "watch",
                "read")) {
            assertThat(k).noneMatch(p -> p.toLowerCase(Locale.ROOT).contains(chrome));
        }
        assertNamesFirst(k);
    }

    @Test
    void aLongNameIsOnePhraseAndNoPhraseIsAPieceOfAnother() {
        List<String> k = extract("runs-of-one-name.txt");
        System.out.println("runs-of-one-name: " + k);
        assertThat(k).contains("Goddard Space Flight Center", "Russia", "Ukraine");
        assertThat(k).doesNotContain("Goddard Space Flight", "Space Flight Center", "Coca", "Cola", "Russia-Ukraine");
        assertNoOverlaps(k);
        assertThat(extract("runs-of-one-name.txt", 20)).contains("Coca-Cola");
    }

    @Test
    void aHyphenatedNameWhosePartsNeverStandAloneStaysWhole() {
        List<String> k = extractor.extract(
                "Les Etats-Unis et la Chine relancent leur dialogue",
                "Les Etats-Unis et la Chine ont repris mercredi leur dialogue sur le climat à Pékin. "
                        + "L'envoyé des Etats-Unis a rencontré son homologue chinois pendant trois jours.",
                "fr",
                10);
        System.out.println("Etats-Unis: " + k);
        assertThat(k).contains("Etats-Unis").doesNotContain("Etats", "Unis");
    }

    @Test
    void germanNounsAreNotNamesThoughGermanCapitalisesThem() {
        // Ten sentences of the GermEval 2014 NER test set (Benikova et al., CC BY 4.0) as one page, read as
        // names_de.py writes it; the names are those the annotators marked. Without a part-of-speech tagger the
        // nouns led: "Veränderung des Meeresbodens", "Universität Tübingen", "Regenwürmer", "Land".
        List<String> k = extract("germeval-page.txt", 10, "de");
        System.out.println("germeval-page: " + k);
        assertThat(k.subList(0, 4))
                .containsExactlyInAnyOrder("Clara Blumfeld", "Arie Goral", "Arnold Fiedler", "Udinese Calcio");
        assertThat(k).contains("Veränderung des Meeresbodens");
        // A German theme is a noun phrase: it ends on its noun, never on a verb ("seewalzen sorgen").
        assertThat(k)
                .allMatch(p -> Character.isUpperCase(
                        p.substring(p.lastIndexOf(' ') + 1).codePointAt(0)));
    }

    /** No two phrases are overlapping windows of one run of words ("student loan debt", "loan debt crisis"). */
    private static void assertNoOverlaps(List<String> phrases) {
        for (String a : phrases) {
            for (String b : phrases) {
                List<String> aw = List.of(a.toLowerCase(Locale.ROOT).split(" "));
                List<String> bw = List.of(b.toLowerCase(Locale.ROOT).split(" "));
                for (int k = 1; k < Math.min(aw.size(), bw.size()) && !a.equals(b); k++) {
                    assertThat(aw.subList(aw.size() - k, aw.size()))
                            .as("%s and %s overlap", a, b)
                            .isNotEqualTo(bw.subList(0, k));
                }
            }
        }
    }

    /** Every capitalised phrase before every lower-case one. */
    static void assertNamesFirst(List<String> phrases) {
        boolean seenTheme = false;
        for (String p : phrases) {
            boolean name = Character.isUpperCase(p.codePointAt(0));
            assertThat(seenTheme && name)
                    .as("%s comes after a theme in %s", p, phrases)
                    .isFalse();
            seenTheme |= !name;
        }
    }

    private List<String> extract(String fixture) {
        return extract(fixture, 10);
    }

    private List<String> extract(String fixture, int max) {
        return extract(fixture, max, "en");
    }

    private List<String> extract(String fixture, int max, String language) {
        try (InputStream in = KeyphraseNamesTest.class.getResourceAsStream(fixture)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            return extractor.extract(text.substring(0, nl), text.substring(nl + 1), language, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
