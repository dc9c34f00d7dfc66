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
        long letters = 0, replacements = 0, visible = 0, inLongTokens = 0;
        int tokenLength = 0, longest = 0;
        boolean tokenUnspaced = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (tokenLength > MAX_WORD && !tokenUnspaced) inLongTokens += tokenLength;
                longest = Math.max(longest, tokenLength);
                tokenLength = 0;
                tokenUnspaced = false;
                continue;
            }
            visible++;
            tokenLength++;
            if (cp == 0xFFFD) replacements++;
            else if (Character.isLetter(cp)) {
                letters++;
                if (!tokenUnspaced && UNSPACED.contains(UnicodeScript.of(cp))) tokenUnspaced = true;
            }
        }
        if (tokenLength > MAX_WORD && !tokenUnspaced) inLongTokens += tokenLength;
        longest = Math.max(longest, tokenLength);
        if (letters < 2) return Optional.of("no letters in the text (" + visible + " visible characters)");
        if (replacements * 20 > letters + replacements) {
            return Optional.of(replacements + " replacement characters for " + letters + " letters: undecodable text");
        }
        if (inLongTokens * 2 > visible) {
            return Optional.of(
                    "no words: most of the text is tokens over " + MAX_WORD + " characters (longest " + longest + ")");
        }
        return Optional.empty();
    }
}
