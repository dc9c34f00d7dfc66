package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped glossary ({@value Glossary#RESOURCE}) on real news wording in three languages. */
class GlossaryTest {

    private static final Glossary GLOSSARY = Glossary.load();

    @Test
    void inflectedWordsFindTheirWordByStem() {
        String gloss = GLOSSARY.gloss("Die Aktien fallen, die Börse schließt im Minus", "de", 100);
        assertThat(gloss).contains("stock", "stock exchange");
        assertThat(GLOSSARY.gloss("Le chômage recule", "fr", 100)).contains("unemployment");
        assertThat(GLOSSARY.gloss("Las elecciones generales", "es", 100)).contains("election");
    }

    @Test
    void ofTheWordsThatShareAStemTheOneTheWordBeginsWithIsMeant() {
        // Le Monde headline words: the shortest word of the stem used to stand for all ("avenir" read "sinkhole"
        // from "aven", "négociations" "trader" from "négociant", "crise" "cree", "gouvernement" "dominate").
        assertThat(GLOSSARY.gloss("solution d’avenir pour le climat", "fr", 100))
                .contains("future")
                .doesNotContain("sinkhole");
        assertThat(GLOSSARY.gloss("des négociations sur les points de blocage", "fr", 100))
                .contains("negotiation")
                .doesNotContain("trader");
        assertThat(GLOSSARY.gloss("la crise du gouvernement", "fr", 100))
                .contains("emergency", "government")
                .doesNotContain("cree", "dominate");
        // A German plural read as its singular, which it begins with: "Menschen" as "Mensch" would be "homo man".
        assertThat(GLOSSARY.gloss("Menschen", "de", 100)).contains("people");
    }

    @Test
    void aCompoundWithoutAnEntryReadsAsItsParts() {
        // nu.nl and 10kGNAD headline words that the wordnets do not list
        assertThat(GLOSSARY.gloss("thuisnederlaag", "nl", 100)).contains("home", "defeat");
        assertThat(GLOSSARY.gloss("seizoenszege", "nl", 100)).contains("season", "victory");
        assertThat(GLOSSARY.gloss("Quartalsgewinn", "de", 100)).contains("quarter", "profit");
        assertThat(GLOSSARY.gloss("Meisterschaftskampf", "de", 100)).contains("championship");
    }

    @Test
    void aWordWithItsOwnEntryIsNotSplitAndOnlyCompoundingLanguagesAreSplit() {
        assertThat(GLOSSARY.gloss("Bundesregierung", "de", 100)).isEqualTo("federal government ");
        // French does not write compounds as one word: an unknown word stays unglossed
        assertThat(GLOSSARY.gloss("Quartalsgewinn", "fr", 100)).isEmpty();
    }

    @Test
    void aClubOrADriverReadsAsWhatItIs() {
        String gloss =
                GLOSSARY.gloss("Feyenoord bijt zich stuk op NEC en kan niet profiteren van misstap PSV", "nl", 100);
        assertThat(gloss).contains("football club").doesNotContain("northward");
        // Feyenoord and PSV; NEC is also a company that the English training news names, so it is left out.
        assertThat(gloss.split("football club", -1)).hasSize(3);
        assertThat(GLOSSARY.gloss("Verstappen noteert snelste rondetijd", "nl", 100))
                .contains("racing driver");
        assertThat(GLOSSARY.gloss("Borussia Dortmund verliert", "de", 100)).startsWith("football club ");
        // A club's town is a town: only the club's own name reads as the club.
        assertThat(GLOSSARY.gloss("Groningen krijgt meer geld voor versterking van huizen", "nl", 100))
                .doesNotContain("football club");
        // Names are matched as written: a word that is also a name but written in lower case is the word.
        assertThat(GLOSSARY.gloss("de verstappen", "nl", 100)).doesNotContain("racing driver");
    }

    @Test
    void englishUnknownLanguagesAndFunctionWordsGetNoGloss() {
        assertThat(GLOSSARY.gloss("Stocks fell as the exchange closed", "en", 100))
                .isEmpty();
        assertThat(GLOSSARY.gloss("Die Aktien fallen", null, 100)).isEmpty();
        assertThat(GLOSSARY.gloss("Die Aktien fallen", "xx", 100)).isEmpty();
        assertThat(GLOSSARY.gloss("und oder aber der die das", "de", 100)).isEmpty();
    }

    @Test
    void readsNoMoreThanItIsAskedTo() {
        assertThat(GLOSSARY.gloss("Börse Aktien", "de", 1))
                .contains("stock exchange")
                .doesNotContain("share");
    }

    @Test
    void glossesAreReadAfterTheArticleAndLeaveTheMeaningPiecesAlone() {
        WordPieces vocabulary = LinearTopicModel.load().vocabulary();
        String title = "Die Börse schließt im Minus";
        String body = "Anleger verkaufen Aktien.";
        TopicFeatures.Article plain = TopicFeatures.of(title, body, vocabulary);
        TopicFeatures.Article glossed =
                TopicFeatures.of(title, body, GLOSSARY.gloss(title + "\n" + body, "de", 100), vocabulary);
        assertThat(glossed.pieces()).startsWith(plain.pieces());
        assertThat(glossed.pieces().length).isGreaterThan(plain.pieces().length);
        assertThat(glossed.leadPieces()).isEqualTo(plain.leadPieces());
        assertThat(glossed.hashed().ids().length).isGreaterThan(plain.hashed().ids().length);
    }
}
