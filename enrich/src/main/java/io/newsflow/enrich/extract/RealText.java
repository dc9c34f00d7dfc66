package io.newsflow.enrich.extract;

import java.lang.Character.UnicodeScript;
import java.util.Optional;
import java.util.Set;

/**
 * Whether extracted text is text a reader could read: it has letters, its words are of plausible length, and
 * it is not mostly replacement characters (bytes decoded in the wrong charset). Deliberately lenient about
 * length, so a one-line headline page still passes; scripts written without spaces (Chinese, Japanese, Thai)
 * are exempt from the word-length test. One linear pass.
 */
final class RealText {
    /** Longer than any word or URL an article prints; anything longer is a token, not a word. */
    static final int MAX_WORD = 100;

    private static final Set<UnicodeScript> UNSPACED = Set.of(
            UnicodeScript.HAN,
            UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA,
            UnicodeScript.THAI,
            UnicodeScript.LAO,
            UnicodeScript.KHMER,
            UnicodeScript.MYANMAR,
            UnicodeScript.TIBETAN);

    private RealText() {}

    /** Why {@code text} is not readable text, or empty when it is. */
    static Optional<String> whyNot(String text) {
        return Counts.of(text).verdict();
    }

    /** Letters, replacement characters and long tokens of a text, counted in one pass. */
    private static final class Counts {
        private long letters;
        private long replacements;
        private long visible;
        private long inLongTokens;
        private int tokenLength;
        private int longest;
        private boolean tokenUnspaced;

        static Counts of(String text) {
            Counts c = new Counts();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp > ' ' && cp < 0x7F) {
                    // Printable ASCII: visible, never a space, never unspaced script; only letters count.
                    c.visible++;
                    c.tokenLength++;
                    if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') c.letters++;
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    c.endToken();
                } else {
                    c.add(cp);
                }
            }
            c.endToken();
            return c;
        }

        private void add(int cp) {
            visible++;
            tokenLength++;
            if (cp == 0xFFFD) {
                replacements++;
            } else if (Character.isLetter(cp)) {
                letters++;
                if (!tokenUnspaced && UNSPACED.contains(UnicodeScript.of(cp))) tokenUnspaced = true;
            }
        }

        private void endToken() {
            if (tokenLength > MAX_WORD && !tokenUnspaced) inLongTokens += tokenLength;
            longest = Math.max(longest, tokenLength);
            tokenLength = 0;
            tokenUnspaced = false;
        }

        Optional<String> verdict() {
            if (letters < 2) return Optional.of("no letters in the text (" + visible + " visible characters)");
            if (replacements * 20 > letters + replacements) {
                return Optional.of(
                        replacements + " replacement characters for " + letters + " letters: undecodable text");
            }
            if (inLongTokens * 2 > visible) {
                return Optional.of("no words: most of the text is tokens over " + MAX_WORD + " characters (longest "
                        + longest + ")");
            }
            return Optional.empty();
        }
    }
}
