package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.language.FunctionWords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word scan of {@link Tokens} finds exactly the words the pattern it replaced found, on the
 * SIB-200 test sentences (twenty languages and scripts) and on the cases the pattern's edges decide.
 */
class TokensTest {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-]*[\\p{L}\\p{N}\\p{M}])?");

    @Test
    void scanFindsThePatternsWordsInEveryLanguage() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/io/newsflow/enrich/topics/sib200-test.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (!line.startsWith("#")) {
                    texts.add(line.split("\t", 3)[2]);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        for (String text : texts) {
            assertThat(scanned(text)).as(text).isEqualTo(matched(text));
        }
    }

    @Test
    void edgesAreThePatterns() {
        for (String text : List.of(
                "China's top leader -- and 'quoted' words' end",
                "Russia-Ukraine war; re-elected, 20-22 March, 9-5",
                "trailing hyphen- and apostrophe' and ’curly’ ones",
                "e\u0301te\u0301 na\u0308ive (combining marks) \u0301lone mark",
                "𝐁𝐨𝐥𝐝 letters 𐐷 and ½ ² Ⅻ numbers",
                "日本語のテキスト, עברית, العربية, हिन्दी",
                "'",
                "")) {
            assertThat(scanned(text)).as(text).isEqualTo(matched(text));
        }
        assertThat(scanned("it's a re-run-")).containsExactly("it's", "a", "re-run");
    }

    @Test
    void apostrophesAreOneAndFrenchElisionsAreCutOff() {
        List<Tokens.Token> tokens = Tokens.of("I’m sure Mr O’Brien said it.");
        assertThat(tokens).extracting(Tokens.Token::lower).startsWith("i'm").contains("o'brien");
        List<Tokens.Token> french = Tokens.withoutElisions(
                Tokens.of("C’est l’État qui paie d’autres aujourd'hui."), FunctionWords.elided("fr"));
        assertThat(french)
                .extracting(Tokens.Token::surface)
                .containsExactly("est", "État", "qui", "paie", "autres", "aujourd'hui");
    }

    private static List<String> matched(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> scanned(String s) {
        List<String> out = new ArrayList<>();
        for (int start = Tokens.nextWord(s, 0), end; start >= 0; start = Tokens.nextWord(s, end)) {
            end = Tokens.wordEnd(s, start);
            out.add(s.substring(start, end));
        }
        return out;
    }
}
