package io.newsflow.enrich.repair;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;

/**
 * Scores how much a piece of text looks like mojibake. Clean text in any script scores 0 almost
 * everywhere; the wrong decoding of UTF-8 leaves tell-tale patterns that score points:
 *
 * <ul>
 *   <li>C1 control characters;
 *   <li>an accented letter followed by a symbol ("Ã©", "â€", "Ð¸"), or a symbol followed by a
 *       letter ("€œ"), or two unrelated symbols in a row ("€™", "├⌐");
 *   <li>letters of two scripts touching ("Ð" next to a Cyrillic letter, Latin next to Thai);
 *   <li>a lower-case letter followed by an upper-case one where one is not ASCII ("fÃªte");
 *   <li>box drawing characters touching letters;
 *   <li>characters that are rare in running text (IPA, NKo, Samaritan, private use, ...), which
 *       penalises "repairs" that would produce them.
 * </ul>
 *
 * <p>Typography that real text uses next to letters is not penalised: closing quotes, dashes and
 * ellipses after a word, apostrophes and opening quotes before one.
 */
final class Badness {

    /** Score for text that must never be produced (unassigned code points, bad controls). */
    static final int IMPOSSIBLE = 1_000;

    private Badness() {}

    private enum Kind {
        ASCII_LETTER,
        ASCII_OTHER,
        SPACE,
        NBSP,
        CONTROL,
        C1,
        LETTER,
        MARK,
        SYMBOL,
        BOX
    }

    /** The badness of {@code text} as it would sit between {@code prev} and {@code next} (-1: none). */
    static int of(int prev, CharSequence text, int next) {
        return of(prev, text, next, false);
    }

    /**
     * As {@link #of(int, CharSequence, int)}; {@code suspicious} is set when the same text already
     * had mojibake repaired, and then a closing quote or dash after an accented letter is no longer
     * given the benefit of the doubt ("PERÃ’" next to other mojibake is "PERÒ").
     */
    static int of(int prev, CharSequence text, int next, boolean suspicious) {
        int n = Character.codePointCount(text, 0, text.length());
        int[] cps = new int[n + 2];
        int k = 0;
        cps[k++] = prev;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            cps[k++] = cp;
            i += Character.charCount(cp);
        }
        cps[k] = next;
        return of(cps, suspicious);
    }

    /** The badness of a run of code points; -1 entries stand for "nothing there" (text edges). */
    static int of(int[] cps, boolean suspicious) {
        int score = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp < 0) {
                continue;
            }
            score += rarity(cp);
            if (i + 1 < cps.length && cps[i + 1] >= 0) {
                int after = i + 2 < cps.length ? cps[i + 2] : -1;
                int before = suspicious ? -1 : i > 0 ? cps[i - 1] : -1;
                score += pair(before, cp, cps[i + 1], after);
                if (after >= 0 && upperUpperLower(cp, cps[i + 1], after)) {
                    score += 1;
                }
            }
        }
        return score;
    }

    private static int pair(int before, int a, int b, int after) {
        if (a < 0x80 && b < 0x80) {
            return 0;
        }
        Kind ka = kind(a);
        if (ka == Kind.LETTER && closesWord(before, b, after)) {
            return 0; // "CAFÉ…", "IRMÃ’ ": closing punctuation after a word
        }
        if (isLatinLeadBeforeNonCapital(a, b) || isSmallAccentedThenOe(a, b)) {
            return 1;
        }
        return pairOfKinds(before, a, ka, b, kind(b), after);
    }

    /** Whether {@code b} is closing punctuation that ends the word before it. */
    private static boolean closesWord(int before, int b, int after) {
        return isClosing(b) && isWordChar(before) && !isWordChar(after);
    }

    /** "âœ", "ãŒ": a small accented letter, then œ (byte 9C): the UTF-8 of ✔, 、... */
    private static boolean isSmallAccentedThenOe(int a, int b) {
        return a >= 0xE0 && a <= 0xEF && (b == 0x153 || b == 0x152);
    }

    /** The score of a pair that is not ASCII, by the kinds of its two characters. */
    private static int pairOfKinds(int before, int a, Kind ka, int b, Kind kb, int after) {
        return switch (ka) {
            case LETTER -> afterLetter(before, a, b, kb, after);
            case ASCII_LETTER -> afterAsciiLetter(a, b, kb, after);
            case SYMBOL -> afterSymbol(a, b, kb);
            case BOX -> kb == Kind.LETTER || kb == Kind.ASCII_LETTER || kb == Kind.SYMBOL ? 1 : 0;
            case SPACE, NBSP, ASCII_OTHER -> kb == Kind.MARK ? 2 : 0;
            default -> 0;
        };
    }

    /**
     * A {@link #isLatinLead(int) Latin lead} followed by a character that is not ASCII, a capital,
     * the lead's own small letter ("Ää"), a combining mark or a space.
     */
    private static boolean isLatinLeadBeforeNonCapital(int a, int b) {
        if (!isLatinLead(a) || b < 0x80 || Character.isUpperCase(b) || Character.toUpperCase(b) == a) {
            return false;
        }
        Kind kb = kind(b);
        return kb != Kind.MARK && kb != Kind.NBSP && kb != Kind.SPACE;
    }

    /** The pair score when {@code a} is a letter that is not ASCII. */
    private static int afterLetter(int before, int a, int b, Kind kb, int after) {
        return switch (kb) {
            case SYMBOL -> closesWord(before, b, after) ? 0 : 1;
            // "Â\u00A0", "Ã\u00A0" are the UTF-8 of NBSP and à; "SELKÄ\u00A0EDELLÄ" is Finnish
            case NBSP -> a == 0xC2 || a == 0xC3 ? 2 : 0;
            case LETTER, ASCII_LETTER -> letters(a, b);
            case BOX -> 1;
            default -> 0;
        };
    }

    /** The pair score when {@code a} is an ASCII letter and {@code b} is not ASCII. */
    private static int afterAsciiLetter(int a, int b, Kind kb, int after) {
        return switch (kb) {
            case LETTER -> letters(a, b);
            case BOX -> 1;
            case SYMBOL -> isSymbolInsideWord(b, after) ? 1 : 0;
            default -> 0;
        };
    }

    /** "caf√©", "na√Øve": a symbol glued between a word and more non-ASCII. */
    private static boolean isSymbolInsideWord(int symbol, int after) {
        return after >= 0x80
                && !isTypography(symbol)
                && !isClosing(symbol)
                && (kind(after) == Kind.SYMBOL || kind(after) == Kind.LETTER);
    }

    /** The pair score when {@code a} is a symbol (not ASCII, not box drawing). */
    private static int afterSymbol(int a, int b, Kind kb) {
        return switch (kb) {
            case LETTER -> isOpening(a) || isClosing(a) ? 0 : 1;
            case SYMBOL -> isTypography(a) && isTypography(b) ? 0 : 1;
            case BOX -> 1;
            case MARK -> 2;
            default -> 0;
        };
    }

    /**
     * Â Ã Ä Å (windows-1252) and Â Ă Ä Ĺ (windows-1250, ISO-8859-2) are how those charsets show
     * the UTF-8 lead bytes C2..C5 of every Latin-1 and Latin Extended-A letter; MacRoman shows C4
     * as ƒ ("ƒç" for č). (And MacRoman
     * shows UTF-8 continuation bytes as small accented letters: "‚Äô"). In real words they are
     * followed by ASCII or another capital ("PÄÄ", "Ääni"), hardly ever by a symbol or by a small
     * letter such as ô, š, ľ, ş.
     */
    private static boolean isLatinLead(int cp) {
        return (cp >= 0xC2 && cp <= 0xC5) || cp == 0x102 || cp == 0x139 || cp == 0x192;
    }

    /** "ÐŸÑ" or "СЃСѓ": two capitals then a small letter inside a word that is not ASCII. */
    private static boolean upperUpperLower(int a, int b, int c) {
        return (a >= 0x80 || b >= 0x80 || c >= 0x80)
                && Character.isUpperCase(a)
                && Character.isUpperCase(b)
                && Character.isLowerCase(c);
    }

    /** Two adjacent letters: different scripts, or lower case then upper case, look wrong. */
    private static int letters(int a, int b) {
        UnicodeScript sa = UnicodeScript.of(a);
        UnicodeScript sb = UnicodeScript.of(b);
        if (sa != sb
                && sa != UnicodeScript.COMMON
                && sb != UnicodeScript.COMMON
                && sa != UnicodeScript.INHERITED
                && sb != UnicodeScript.INHERITED) {
            return isCjk(sa) || isCjk(sb) ? 1 : 2;
        }
        if (Character.isLowerCase(a) && Character.isUpperCase(b)) {
            return 1;
        }
        return 0;
    }

    private static boolean isCjk(UnicodeScript s) {
        return s == UnicodeScript.HAN
                || s == UnicodeScript.HIRAGANA
                || s == UnicodeScript.KATAKANA
                || s == UnicodeScript.HANGUL;
    }

    private static boolean isWordChar(int cp) {
        return cp >= 0 && Character.isLetterOrDigit(cp);
    }

    /** Punctuation that follows a word in real text. */
    private static boolean isClosing(int cp) {
        switch (cp) {
            case '\u2019':
            case '\u201D':
            case '\u00BB':
            case '\u2026':
            case '\u2013':
            case '\u2014':
            case '\u203A':
                return true;
            default:
                return false;
        }
    }

    /** Punctuation that precedes a word in real text (including the apostrophe of "l’été"). */
    private static boolean isOpening(int cp) {
        switch (cp) {
            case '\u2018':
            case '\u2019':
            case '\u201C':
            case '\u201E':
            case '\u201A':
            case '\u00AB':
            case '\u2039':
            case '\u00A1':
            case '\u00BF':
            case '\u2013':
            case '\u2014':
            case '\u00B7':
                return true;
            default:
                return false;
        }
    }

    /** Quotes, dashes and the ellipsis, which legitimately stand next to each other. */
    private static boolean isTypography(int cp) {
        switch (Character.getType(cp)) {
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
                return true;
            default:
                return cp == '\u2026'
                        || cp == '\u00AB'
                        || cp == '\u00BB'
                        || cp == '\u201E'
                        || cp == '\u201A'
                        || cp == '\u201C'
                        || cp == '\u201D';
        }
    }

    private static Kind kind(int cp) {
        if (cp < 0x80) {
            return asciiKind(cp);
        }
        if (cp < 0xA0) {
            return Kind.C1;
        }
        if (cp == 0xA0 || cp == 0x202F || cp == 0x2007) {
            return Kind.NBSP;
        }
        if (cp >= 0x2500 && cp <= 0x259F) {
            return Kind.BOX;
        }
        if (cp == 0xAA || cp == 0xBA || cp == 0xB5) {
            return Kind.SYMBOL; // ordinal indicators and micro sign: letters by category, symbols in use
        }
        return kindByCategory(cp);
    }

    private static Kind asciiKind(int cp) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
            return Kind.ASCII_LETTER;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            return Kind.SPACE;
        }
        return cp < 0x20 || cp == 0x7F ? Kind.CONTROL : Kind.ASCII_OTHER;
    }

    private static Kind kindByCategory(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER -> Kind.LETTER;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> Kind.MARK;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> Kind.SPACE;
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE -> Kind.CONTROL;
            default -> Kind.SYMBOL;
        };
    }

    /**
     * Letters of Latin Extended-B and IPA that living orthographies use: Vietnamese ơ ư, Romanian
     * ș ț, pinyin ǎ ǐ ǒ ǔ, and the African alphabets (Ewe, Twi, Lingala, Hausa, Fula, ...) with
     * ɓ ɗ ɛ ɔ ɣ ɖ ə ɨ ɩ ŋ ʋ ƒ and their capitals.
     */
    private static boolean isOrthographicLetter(int cp) {
        return cp >= 0 && cp < ORTHOGRAPHIC_LETTERS.length && ORTHOGRAPHIC_LETTERS[cp];
    }

    private static final String ORTHOGRAPHIC = "\u01A0\u01A1\u01AF\u01B0" // Vietnamese Ơ ơ Ư ư
            + "\u0218\u0219\u021A\u021B" // Romanian Ș ș Ț ț
            + "\u01CD\u01CE\u01CF\u01D0\u01D1\u01D2\u01D3\u01D4" // pinyin Ǎ ǎ Ǐ ǐ Ǒ ǒ Ǔ ǔ
            + "\u0181\u0186\u0189\u018A\u018E\u018F\u0190\u0191\u0192\u0194" // African: Ɓ Ɔ Ɖ Ɗ Ǝ Ə Ɛ Ƒ ƒ Ɣ
            + "\u0196\u0197\u0198\u0199\u019D\u01B2\u01B3\u01B4\u01B7\u01DD" // Ɩ Ɨ Ƙ ƙ Ɲ Ʋ Ƴ ƴ Ʒ ǝ
            + "\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268" // ɓ ɔ ɖ ɗ ə ɛ ɣ ɨ
            + "\u0269\u0272\u0283\u028A\u028B\u0292\u0294"; // ɩ ɲ ʃ ʊ ʋ ʒ ʔ
    private static final boolean[] ORTHOGRAPHIC_LETTERS = flags(ORTHOGRAPHIC);

    /** A table, indexed by character, of the characters in {@code chars}. */
    private static boolean[] flags(String chars) {
        boolean[] flags = new boolean[chars.chars().max().orElse(-1) + 1];
        for (int i = 0; i < chars.length(); i++) {
            flags[chars.charAt(i)] = true;
        }
        return flags;
    }

    /**
     * How many of the accented letters that are frequent in European languages {@code s} holds.
     * Only breaks ties between charsets that decode the same mojibake to different letters
     * ("Ă" + "Ą": á via ISO-8859-2, å via windows-1250): the frequent letter is the likelier.
     */
    static int commonLetters(CharSequence s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (COMMON_LETTERS.indexOf(s.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static final String COMMON_LETTERS =
            "éáíóúñüöäçàèãõôêâßłżśćąęńčšžřěůýışğőűÉÁÍÓÚÑÜÖÄÇÀÈÃÕÔÊÂŁŻŚĆĄĘŃČŠŽŘĚŮÝİŞĞŐŰ";

    /** The sum of {@link #rarity(int)} over {@code s}. */
    static int rarity(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            sum += rarity(cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    /** How unusual a single character is in running text. */
    static int rarity(int cp) {
        if (cp < 0x80) {
            return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' ? 3 : 0;
        }
        if (cp < 0xA0) {
            return 3; // C1 controls: the clearest sign of a wrong decoding
        }
        if (cp < 0x180) {
            return rarityOfLatin1OrExtendedA(cp);
        }
        if (!Character.isDefined(cp)) {
            return IMPOSSIBLE;
        }
        return isOrthographicLetter(cp) ? 0 : rarityOfRange(cp);
    }

    private static int rarityOfLatin1OrExtendedA(int cp) {
        return switch (cp) {
            case 0xAD -> 1; // soft hyphen: invisible, rarely typed
            case 0xD0, 0xDE, 0xF0, 0xFE -> 1; // Ð Þ ð þ: Icelandic and Faroese only
            case 0x138, 0x149, 0x17F, 0x13F, 0x140, 0x166, 0x167 -> 1; // ĸ ŉ ſ Ŀ ŀ Ŧ ŧ: obsolete or very rare letters
            default -> 0;
        };
    }

    /** In {@link #RANGES}: the rarity of each character is {@link #rarityByCategory(int)}. */
    private static final int BY_CATEGORY = -1;

    /**
     * The rarity of the characters from U+0180 on, range by range: each row is the first code point
     * of a range and its rarity; the range runs up to the first code point of the next row.
     */
    private static final int[][] RANGES = {
        {0x0180, 1}, // Latin Extended-B
        {0x0250, 2}, // IPA
        {0x02B0, 1}, // spacing modifiers (ˆ ˜ ˇ ...)
        // Combining marks: the accents real text uses are cheap (grave to caron, double grave,
        // inverted breve, dot below to ogonek, macron below), the others are not.
        {0x0300, 0},
        {0x030D, 2},
        {0x030F, 0},
        {0x0310, 2},
        {0x0311, 0},
        {0x0312, 2},
        {0x0323, 0},
        {0x0329, 2},
        {0x0331, 0},
        {0x0332, 2},
        {0x0370, 1}, // archaic Greek, tonos alone
        {0x0386, 0}, // Greek
        {0x03CF, 1}, // Greek symbols and Coptic
        {0x0400, 0}, // Cyrillic
        {0x0460, 2}, // historic Cyrillic and combining marks
        {0x048A, 0}, // Cyrillic for Ukrainian, Kazakh, Tatar...
        {0x0500, 1}, // Cyrillic supplement
        {0x0530, 0}, // Armenian
        {0x0591, 1}, // Hebrew cantillation
        {0x05B0, 0}, // Hebrew, Arabic, Syriac
        {0x0750, 1}, // Arabic supplement, Thaana
        {0x07C0, 2}, // NKo, Samaritan, Mandaic, Arabic extended
        {0x0900, 0}, // Indic, Thai, Lao, Tibetan, Myanmar, Georgian
        {0x1100, 1}, // Hangul Jamo
        {0x1200, 0}, // Ethiopic
        {0x13A0, 1}, // Cherokee, Canadian syllabics, Ogham, Runic...
        {0x1780, 0}, // Khmer
        {0x1800, 1}, // Mongolian and many small scripts
        {0x1D00, 2}, // phonetic extensions ("lᴴ" is not "lá´´")
        {0x1D62, 1}, // subscript letters (maths: aᵢ)
        {0x1D6B, 2}, // phonetic extensions, combining supplement
        {0x1E00, 0}, // Latin extended additional (Vietnamese)
        {0x1F00, 0}, // Greek extended
        {0x2000, 1}, // odd spaces, zero-width marks, Unicode hyphens
        {0x2009, 0}, // thin space
        {0x200A, 1},
        {0x2012, 0}, // punctuation, currency, letterlike, math, symbols
        {0x2C00, 1}, // Glagolitic, Coptic, Tifinagh, ...
        {0x2E80, 1}, // CJK radicals
        {0x3000, 0}, // CJK punctuation, kana, bopomofo
        {0x3400, 1}, // CJK extension A
        {0x4DC0, 2}, // hexagrams
        {0x4E00, 0}, // CJK unified ideographs
        {0xA000, 2}, // Yi, Vai, and other rare blocks
        {0xAC00, 0}, // Hangul syllables
        {0xD7B0, 2},
        {0xE000, 3}, // private use
        {0xF900, 1}, // CJK compatibility
        {0xFB00, 1}, // ligatures (ﬁ ﬂ), Arabic presentation forms
        {0xFE00, 0}, // variation selectors (emoji)
        {0xFE10, 1},
        {0xFEFF, 2}, // zero-width no-break space (byte order mark)
        {0xFF00, 0}, // full width forms
        {0xFFF0, 1}, // specials (U+FFFD)
        {0x10000, BY_CATEGORY},
        {0x1F000, 0}, // emoji
        {0x1FB00, BY_CATEGORY},
        {0x20000, 1}, // CJK extensions
        {0x40000, BY_CATEGORY},
        {0xE0000, 0}, // tags (flag emoji)
        {0xE0080, BY_CATEGORY},
        {0xE0100, 0}, // variation selectors supplement
        {0xE01F0, BY_CATEGORY},
    };

    private static final int[] RANGE_STARTS =
            Arrays.stream(RANGES).mapToInt(row -> row[0]).toArray();
    private static final int[] RANGE_RARITIES =
            Arrays.stream(RANGES).mapToInt(row -> row[1]).toArray();

    /** The rarity {@link #RANGES} gives {@code cp} (at least U+0180). */
    private static int rarityOfRange(int cp) {
        int found = Arrays.binarySearch(RANGE_STARTS, cp);
        int rarity = RANGE_RARITIES[found >= 0 ? found : -found - 2];
        return rarity == BY_CATEGORY ? rarityByCategory(cp) : rarity;
    }

    /** Historic and minority scripts: their letters and marks are rare, anything else rarer. */
    private static int rarityByCategory(int cp) {
        return Character.isLetter(cp)
                        || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                ? 1
                : 2;
    }
}
