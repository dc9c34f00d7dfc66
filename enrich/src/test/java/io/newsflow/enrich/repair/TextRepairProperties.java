package io.newsflow.enrich.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class TextRepairProperties {

    private static final TextRepair REPAIR = TextRepair.defaults();

    /** Words in many languages, with the typography of real text around them. */
    private static final List<String> WORDS = List.of(
            "the",
            "news",
            "said",
            "on",
            "Monday",
            "2024",
            "50%",
            "$4.5",
            "café",
            "naïve",
            "José",
            "Müller",
            "Zoë",
            "São",
            "Paulo",
            "façade",
            "résumé",
            "été",
            "à",
            "Straße",
            "über",
            "Köln",
            "Ärger",
            "niño",
            "¿Qué?",
            "¡Olé!",
            "ação",
            "não",
            "irmã",
            "Zażółć",
            "gęślą",
            "jaźń",
            "Łódź",
            "Příliš",
            "žluťoučký",
            "kůň",
            "úpěl",
            "şoföre",
            "İstanbul",
            "ılık",
            "Tiếng",
            "Việt",
            "Hà",
            "Nội",
            "Москва",
            "столица",
            "ещё",
            "Київ",
            "їжак",
            "Ґанок",
            "Αθήνα",
            "οικονομία",
            "中华人民共和国",
            "東京都",
            "ひらがな",
            "서울특별시",
            "กรุงเทพมหานคร",
            "ข่าว",
            "العربية",
            "עברית",
            "हिन्दी",
            "😀",
            "👍🏽",
            "✅",
            "€3",
            "£1",
            "10 °C",
            "m²",
            "½",
            "“quoted”",
            "‘single’",
            "«guillemets»",
            "—",
            "–",
            "…",
            "it’s",
            "l’école",
            "Coca-Cola™");

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<LegacyCharset> charsets() {
        return Arbitraries.of(LegacyCharset.ALL);
    }

    @Property(tries = 300)
    void neverThrows(@ForAll @StringLength(max = 80) String anything) {
        assertThat(REPAIR.repair(anything)).isNotNull();
    }

    @Property(tries = 300, seed = "20261125")
    void neverThrowsOnMojibakeLookingNoise(@ForAll("noise") String noise) {
        assertThat(REPAIR.repair(noise)).isNotNull();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u00FF')
                .withChars("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
                .withChars("ĂĹĄŁŚŹŻąłśźżРСГВЃѓЂђ√≈∆‚ÄôЌ├┬│╗เธโ")
                .ofMaxLength(60);
    }

    @Property(tries = 300, seed = "20261125")
    void isIdempotent(@ForAll("noise") String noise) {
        String once = REPAIR.repair(noise).text();
        assertThat(REPAIR.repair(once).text()).isEqualTo(once);
    }

    @Property(tries = 200, seed = "20261125")
    void isIdempotentOnRepairedMojibake(@ForAll("sentences") String sentence, @ForAll("charsets") LegacyCharset cs) {
        String once = REPAIR.repair(Mojibake.of(sentence, cs)).text();
        assertThat(REPAIR.repair(once).text()).isEqualTo(once);
    }

    @Property(tries = 300, seed = "20261125")
    void neverChangesTextWithoutSuspiciousCharacters(@ForAll("unsuspicious") String text) {
        assertThat(REPAIR.repair(text).text()).isSameAs(text);
    }

    /** NFC text with single spaces, no '&', and no character pair that could start mojibake. */
    @Provide
    Arbitrary<String> unsuspicious() {
        return Arbitraries.strings()
                .all()
                .ofMaxLength(40)
                .map(s -> Normalizer.normalize(s, Normalizer.Form.NFC))
                .filter(s -> s.indexOf('&') < 0
                        && !Whitespace.needsCollapse(s)
                        && !MojibakeRepair.mayContainMojibake(s)
                        && Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }

    @Property(tries = 300, seed = "20261125")
    void cleanSentencesComeOutUnchanged(@ForAll("sentences") String sentence) {
        assertThat(REPAIR.repair(sentence).text()).isEqualTo(sentence);
    }

    /**
     * "Unambiguous" made operational: the mojibake scores at least two points worse on
     * {@link Badness} than the text it came from (one point is within reach of emoticons and
     * maths, "√†" alone may be either). Short fragments whose mojibake reads as plausible text in
     * the wrong charset (Cyrillic read as Thai: "ั—ะถะฐะบ") are left alone by design and not asserted here; the
     * scorecard tests count them. Neither is mojibake that another supported charset reads as
     * different valid UTF-8 ("MĂźller": ü via ISO-8859-2, ß via windows-1250).
     */
    private static boolean unambiguous(String sentence, String broken, LegacyCharset cs) {
        return Badness.of(-1, broken, -1) >= Badness.of(-1, sentence, -1) + 2
                && !Mojibake.readsAsOtherText(broken, sentence, cs);
    }

    @Property(tries = 400, seed = "20261125")
    void repairsMojibakeOfAnySentenceInEachCharset(
            @ForAll("sentences") String sentence, @ForAll("charsets") LegacyCharset cs) {
        String broken = Mojibake.of(sentence, cs);
        Assume.that(unambiguous(sentence, broken, cs));
        assertThat(REPAIR.repair(broken).text())
                .as("%s via %s: %s", sentence, cs, broken)
                .isEqualTo(sentence);
    }

    @Property(tries = 200, seed = "20261125")
    void repairsDoubleMojibakeOfAnySentence(
            @ForAll("sentences") String sentence, @ForAll("charsets") LegacyCharset cs) {
        String broken = Mojibake.of(sentence, cs, 2);
        Assume.that(unambiguous(sentence, Mojibake.of(sentence, cs), cs));
        assertThat(REPAIR.repair(broken).text())
                .as("%s via %s x2", sentence, cs)
                .isEqualTo(sentence);
    }
}
