package io.newsflow.enrich.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    private final TextRepair repair = TextRepair.defaults();

    private String fixed(String text) {
        return repair.repair(text).text();
    }

    private void assertRepairs(String clean, String charset) {
        String broken = Mojibake.of(clean, Mojibake.charset(charset));
        assertThat(broken).isNotEqualTo(clean);
        assertThat(fixed(broken)).as("repair of %s", broken).isEqualTo(clean);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Don’t panic — it’s only “mojibake”…",
                "José Müller and Zoë met in São Paulo; the café costs 3 €.",
                "Die Straße in Köln: „Das ist übel.“",
                "Zażółć gęślą jaźń – Łódź, Gdańsk.",
                "Москва — столица России.",
                "Emoji too: 😀 👍🏽 🇫🇷 ✅",
            })
    void repairsUtf8ReadAsCp1252(String clean) {
        assertRepairs(clean, "windows-1252");
    }

    @Test
    void repairsSloppyCp1252WhereUndefinedBytesBecameC1Controls() {
        // ” is E2 80 9D; 9D is undefined in windows-1252 and passes through as U+009D
        assertThat(Mojibake.of("“quoted”", Mojibake.charset("windows-1252"))).contains("\u009D");
        assertRepairs("He said “quoted” and left.", "windows-1252");
    }

    @Test
    void repairsCp1252MojibakeWhoseC1ControlWasDropped() {
        String broken = Mojibake.of("He said “quoted” and left.", Mojibake.charset("windows-1252"))
                .replace("\u009D", "");
        assertThat(fixed(broken)).isEqualTo("He said “quoted” and left.");
    }

    @Test
    void repairsNoBreakSpaceTurnedIntoASpaceInATextKnownToBeBroken() {
        String broken = Mojibake.of("Il est allé à Paris.", Mojibake.charset("windows-1252"))
                .replace('\u00A0', ' ');
        assertThat(broken).isEqualTo("Il est allÃ© Ã  Paris.");
        assertThat(fixed(broken)).isEqualTo("Il est allé à Paris.");
        assertThat(fixed("IRMÃ E PAI, NÃ O")).isEqualTo("IRMÃ E PAI, NÃ O");
        assertThat(fixed("A letra Ã  sozinha")).isEqualTo("A letra Ã sozinha");
    }

    @Test
    void turnsLeftoverC1ControlsIntoWindows1252() {
        assertThat(fixed("\u0084Handwerk\u0093 und parlé\u0085 fin")).isEqualTo("„Handwerk“ und parlé… fin");
    }

    @Test
    void repairsUtf8ReadAsLatin1() {
        assertRepairs("L’été dernier, l’école d’Éric a fermé « pour travaux ».", "ISO-8859-1");
    }

    @Test
    void repairsUtf8ReadAsCp1251() {
        assertRepairs("Съешь же ещё этих мягких французских булок, да выпей чаю.", "windows-1251");
        assertRepairs("Café au lait — 3 €, and the word и alone.", "windows-1251");
    }

    @Test
    void repairsUtf8ReadAsCp1250() {
        assertRepairs("Příliš žluťoučký kůň úpěl ďábelské ódy.", "windows-1250");
    }

    @Test
    void repairsUtf8ReadAsIso88592() {
        assertRepairs("Zażółć gęślą jaźń. ČTYŘI, ŠEST, KŮŇ.", "ISO-8859-2");
    }

    @Test
    void repairsUtf8ReadAsMacRoman() {
        assertRepairs("The company’s revenue rose – beating the ‘consensus’ estimate.", "x-MacRoman");
    }

    @Test
    void repairsUtf8ReadAsCp437() {
        assertRepairs("Café au lait, naïve résumé, 10 °C.", "IBM437");
    }

    @Test
    void repairsUtf8ReadAsCp874() {
        // the en dash E2 80 93 read as windows-874 is "โ€“"
        assertThat(Mojibake.of("–", Mojibake.charset("x-windows-874"))).isEqualTo("โ€“");
        assertThat(fixed("Bangkok โ€“ the government said")).isEqualTo("Bangkok – the government said");
        assertThat(fixed("ข่าว โ€“ รัฐบาล")).isEqualTo("ข่าว – รัฐบาล");
        assertRepairs("กรุงเทพมหานคร “วันนี้” – ข่าว…", "x-windows-874");
    }

    @Test
    void repairsDoubleEncodedCp1252() {
        String clean = "Don’t cry for me, Argentina — said José.";
        String twice = Mojibake.of(clean, Mojibake.charset("windows-1252"), 2);
        String thrice = Mojibake.of(clean, Mojibake.charset("windows-1252"), 3);
        assertThat(fixed(twice)).isEqualTo(clean);
        assertThat(fixed(thrice)).isEqualTo(clean);
    }

    @Test
    void repairsMojibakeOfMojibakeThroughTwoCharsets() {
        String clean = "Привет, мир — and café.";
        String broken =
                Mojibake.of(Mojibake.of(clean, Mojibake.charset("windows-1251")), Mojibake.charset("windows-1252"));
        assertThat(fixed(broken)).isEqualTo(clean);
    }

    @Test
    void repairsTwoCharsetsInOneText() {
        String broken = Mojibake.of("café crème", Mojibake.charset("windows-1252")) + " / "
                + Mojibake.of("Привет, мир", Mojibake.charset("windows-1251")) + " / "
                + Mojibake.of("Thai – dash", Mojibake.charset("x-windows-874"));
        assertThat(fixed(broken)).isEqualTo("café crème / Привет, мир / Thai – dash");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> broken = Mojibake.lines("/repair/clean-multiscript.txt").stream()
                .map(line -> Mojibake.of(line, Mojibake.charset("windows-1252")))
                .toList();
        List<String> expected = broken.stream().map(this::fixed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < broken.size(); i++) {
                            if (!fixed(broken.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repairsOnlyTheBrokenSpanInALine() {
        String broken = "José Müller said " + Mojibake.of("“hello”", Mojibake.charset("windows-1252"))
                + " to Zoë in São Paulo — " + Mojibake.of("naïve café", Mojibake.charset("windows-1252")) + ".";
        assertThat(fixed(broken)).isEqualTo("José Müller said “hello” to Zoë in São Paulo — naïve café.");
        assertThat(repair.repair(broken).repairs()).isEqualTo(4);
    }

    @Test
    void unescapesDoubleEscapedEntities() {
        assertThat(fixed("caf&amp;eacute; &amp;#8217;quoted&amp;#x2019;")).isEqualTo("café ’quoted’");
        assertThat(fixed("AT&amp;amp;T and Q&amp;A")).isEqualTo("AT&T and Q&A");
        assertThat(fixed("a &amp;lt;b&amp;gt; tag")).isEqualTo("a <b> tag");
        assertThat(fixed("It&#8217;s &eacute;t&eacute;")).isEqualTo("It’s été");
        assertThat(fixed("cp1252 reference &#146;")).isEqualTo("cp1252 reference ’");
        assertThat(repair.repair("caf&amp;eacute;").repairs()).isEqualTo(1);
    }

    @Test
    void leavesMarkupQuotedInTextAndUnknownEntitiesAlone() {
        assertThat(fixed("write &lt;p&gt; for a paragraph")).isEqualTo("write &lt;p&gt; for a paragraph");
        assertThat(fixed("R&D; & more; &notanentity;")).isEqualTo("R&D; & more; &notanentity;");
    }

    @Test
    void keepsTypographyAsItIs() {
        String text = "“Quotes” ‘single’ «guillemets» „low“ — em – en … ellipsis • bullet";
        assertThat(fixed(text)).isSameAs(text);
    }

    @Test
    void normalisesToNfc() {
        String nfd = Normalizer.normalize("José Müller, Zoë", Normalizer.Form.NFD);
        assertThat(fixed(nfd)).isEqualTo("José Müller, Zoë");
        assertThat(repair.repair(nfd).repairs()).isZero();
    }

    @Test
    void repairsMojibakeOfDecomposedText() {
        String nfd = Normalizer.normalize("café", Normalizer.Form.NFD);
        assertThat(fixed(Mojibake.of(nfd, Mojibake.charset("windows-1252")))).isEqualTo("café");
    }

    @Test
    void collapsesSpacesAndTabsButKeepsNoBreakSpacesAndLineBreaks() {
        assertThat(fixed("a  b\t\tc \t d")).isEqualTo("a b c d");
        assertThat(fixed("10\u00A0km «\u00A0oui\u00A0»")).isEqualTo("10\u00A0km «\u00A0oui\u00A0»");
        assertThat(fixed("line one\nline two")).isEqualTo("line one\nline two");
    }

    @Test
    void leavesCleanTextAloneCheaply() {
        String ascii = "Plain ASCII text, the common case.";
        assertThat(repair.repair(ascii).text()).isSameAs(ascii);
        String cjk = "北京时间2024年3月5日，全国人民代表大会在北京开幕。";
        assertThat(repair.repair(cjk).text()).isSameAs(cjk);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NÃO, SÃO, IRMÃ, MAÇÃ e CORAÇÃO",
                "‘IRMÃ’ disse ele",
                "ÎNVĂȚĂMÂNT, Â and Ã on purpose",
                "ВІЙНА і МИР",
                "CAFÉ… ÇA VA ?",
                "Ó Súilleabháin — FRANÇ’",
                "PÄÄMINISTERI Ääni",
                "┌──┬──┐ │ A│ B│",
                "emoticon :( `¬´ )",
                "maths: (-1/2)! = √π",
                "∆°",
                "SELKÄ\u00A0EDELLÄ\u00A0MAAHAN",
                "``vai pra lá´´",
            })
    void neverChangesCorrectTextThatLooksLikeMojibakeAtFirstSight(String text) {
        assertThat(fixed(text)).isEqualTo(text);
    }

    @Test
    void quotedMojibakeExampleIsRepairedLikeAnyOther() {
        // Documented choice: text cannot tell a quotation of mojibake from mojibake.
        assertThat(fixed("Broken pages show Ã© instead of é.")).isEqualTo("Broken pages show é instead of é.");
    }

    @Test
    void handlesNullAndEmpty() {
        assertThat(repair.repair("").text()).isEmpty();
        assertThat(repair.repair(null).text()).isNull();
    }
}
