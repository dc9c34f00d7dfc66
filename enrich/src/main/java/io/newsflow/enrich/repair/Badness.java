package io.newsflow.enrich.repair;

import java.lang.Character.UnicodeScript;

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
        if (kind(a) == Kind.LETTER && isClosing(b) && isWordChar(before) && !isWordChar(after)) {
            return 0; // "CAFÉ…", "IRMÃ’ ": closing punctuation after a word
        }
        if (isLatinLead(a)
                && b >= 0x80
                && !Character.isUpperCase(b)
                && Character.toUpperCase(b) != a
                && kind(b) != Kind.MARK
                && kind(b) != Kind.NBSP
                && kind(b) != Kind.SPACE) {
            return 1;
        }
        if (a >= 0xE0 && a <= 0xEF && (b == 0x153 || b == 0x152)) {
            return 1; // "âœ", "ãŒ": a small accented letter, then œ (byte 9C): the UTF-8 of ✔, 、...
        }
        Kind ka = kind(a);
        Kind kb = kind(b);
        switch (ka) {
            case LETTER:
                switch (kb) {
                    case SYMBOL:
                        return isClosing(b) && isWordChar(before) && !isWordChar(after) ? 0 : 1;
                    case NBSP: // "Â\u00A0", "Ã\u00A0" are the UTF-8 of NBSP and à; "SELKÄ\u00A0EDELLÄ" is Finnish
                        return a == 0xC2 || a == 0xC3 ? 2 : 0;
                    case LETTER:
                        return letters(a, b);
                    case ASCII_LETTER:
                        return letters(a, b);
                    case BOX:
                        return 1;
                    default:
                        return 0;
                }
            case ASCII_LETTER:
                switch (kb) {
                    case LETTER:
                        return letters(a, b);
                    case BOX:
                        return 1;
                    case SYMBOL: // "caf√©", "na√Øve": a symbol glued between a word and more non-ASCII
                        return after >= 0x80
                                        && !isTypography(b)
                                        && !isClosing(b)
                                        && (kind(after) == Kind.SYMBOL || kind(after) == Kind.LETTER)
                                ? 1
                                : 0;
                    default:
                        return 0;
                }
            case SYMBOL:
                switch (kb) {
                    case LETTER:
                        return isOpening(a) || isClosing(a) ? 0 : 1;
                    case SYMBOL:
                        return isTypography(a) && isTypography(b) ? 0 : 1;
                    case BOX:
                        return 1;
                    case MARK:
                        return 2;
                    default:
                        return 0;
                }
            case BOX:
                return kb == Kind.LETTER || kb == Kind.ASCII_LETTER || kb == Kind.SYMBOL ? 1 : 0;
            case SPACE:
            case NBSP:
            case ASCII_OTHER:
                return kb == Kind.MARK ? 2 : 0;
            default:
                return 0;
        }
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
            if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                return Kind.ASCII_LETTER;
            }
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
                return Kind.SPACE;
            }
            return cp < 0x20 || cp == 0x7F ? Kind.CONTROL : Kind.ASCII_OTHER;
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
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
                return Kind.LETTER;
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return Kind.MARK;
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return Kind.SPACE;
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
                return Kind.CONTROL;
            default:
                return Kind.SYMBOL;
        }
    }

    /**
     * Letters of Latin Extended-B and IPA that living orthographies use: Vietnamese ơ ư, Romanian
     * ș ț, pinyin ǎ ǐ ǒ ǔ, and the African alphabets (Ewe, Twi, Lingala, Hausa, Fula, ...) with
     * ɓ ɗ ɛ ɔ ɣ ɖ ə ɨ ɩ ŋ ʋ ƒ and their capitals.
     */
    private static boolean isOrthographicLetter(int cp) {
        switch (cp) {
            case 0x1A0:
            case 0x1A1:
            case 0x1AF:
            case 0x1B0:
            case 0x218:
            case 0x219:
            case 0x21A:
            case 0x21B:
            case 0x181:
            case 0x186:
            case 0x189:
            case 0x18A:
            case 0x18E:
            case 0x18F:
            case 0x190:
            case 0x192:
            case 0x191:
            case 0x194:
            case 0x196:
            case 0x197:
            case 0x198:
            case 0x199:
            case 0x19D:
            case 0x1B2:
            case 0x1B3:
            case 0x1B4:
            case 0x1B7:
            case 0x1DD:
            case 0x1CD:
            case 0x1CE:
            case 0x1CF:
            case 0x1D0:
            case 0x1D1:
            case 0x1D2:
            case 0x1D3:
            case 0x1D4:
            case 0x253:
            case 0x254:
            case 0x256:
            case 0x257:
            case 0x259:
            case 0x25B:
            case 0x263:
            case 0x268:
            case 0x269:
            case 0x272:
            case 0x283:
            case 0x28A:
            case 0x28B:
            case 0x292:
            case 0x294:
                return true;
            default:
                return false;
        }
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
            switch (cp) {
                case 0xAD: // soft hyphen: invisible, rarely typed
                case 0xD0:
                case 0xDE:
                case 0xF0:
                case 0xFE: // Ð Þ ð þ: Icelandic and Faroese only
                case 0x138:
                case 0x149:
                case 0x17F:
                case 0x13F:
                case 0x140:
                case 0x166:
                case 0x167:
                    return 1; // ĸ ŉ ſ Ŀ ŀ Ŧ ŧ: obsolete or very rare letters
                default:
                    return 0;
            }
        }
        if (!Character.isDefined(cp)) {
            return IMPOSSIBLE;
        }
        if (isOrthographicLetter(cp)) {
            return 0;
        }
        if (cp < 0x250) return 1; // Latin Extended-B
        if (cp < 0x2B0) return 2; // IPA
        if (cp < 0x300) return 1; // spacing modifiers (ˆ ˜ ˇ ...)
        if (cp < 0x370) { // combining marks: the accents real text uses are cheap
            return cp <= 0x030C || cp == 0x030F || cp == 0x0311 || (cp >= 0x0323 && cp <= 0x0328) || cp == 0x0331
                    ? 0
                    : 2;
        }
        if (cp < 0x386) return 1; // archaic Greek, tonos alone
        if (cp < 0x3CF) return 0; // Greek
        if (cp < 0x400) return 1; // Greek symbols and Coptic
        if (cp < 0x460) return 0; // Cyrillic
        if (cp < 0x48A) return 2; // historic Cyrillic and combining marks
        if (cp < 0x500) return 0; // Cyrillic for Ukrainian, Kazakh, Tatar...
        if (cp < 0x530) return 1; // Cyrillic supplement
        if (cp < 0x591) return 0; // Armenian
        if (cp < 0x5B0) return 1; // Hebrew cantillation
        if (cp < 0x750) return 0; // Hebrew, Arabic, Syriac
        if (cp < 0x7C0) return 1; // Arabic supplement, Thaana
        if (cp < 0x900) return 2; // NKo, Samaritan, Mandaic, Arabic extended
        if (cp < 0x1100) return 0; // Indic, Thai, Lao, Tibetan, Myanmar, Georgian
        if (cp < 0x1200) return 1; // Hangul Jamo
        if (cp < 0x13A0) return 0; // Ethiopic
        if (cp < 0x1780) return 1; // Cherokee, Canadian syllabics, Ogham, Runic...
        if (cp < 0x1800) return 0; // Khmer
        if (cp < 0x1D00) return 1; // Mongolian and many small scripts
        if (cp >= 0x1D62 && cp <= 0x1D6A) return 1; // subscript letters (maths: aᵢ)
        if (cp < 0x1E00) return 2; // phonetic extensions ("lᴴ" is not "lá´´"), combining supplement
        if (cp < 0x1F00) return 0; // Latin extended additional (Vietnamese)
        if (cp < 0x2000) return 0; // Greek extended
        if (cp >= 0x2000 && cp <= 0x2011) return cp == 0x2009 ? 0 : 1; // odd spaces, zero-width marks, Unicode hyphens
        if (cp < 0x2C00) return 0; // punctuation, currency, letterlike, math, symbols
        if (cp < 0x2E80) return 1; // Glagolitic, Coptic, Tifinagh, ...
        if (cp < 0x3000) return 1; // CJK radicals
        if (cp < 0x3400) return 0; // CJK punctuation, kana, bopomofo
        if (cp < 0x4DC0) return 1; // CJK extension A
        if (cp < 0x4E00) return 2; // hexagrams
        if (cp < 0xA000) return 0; // CJK unified ideographs
        if (cp < 0xAC00) return 2; // Yi, Vai, and other rare blocks
        if (cp < 0xD7B0) return 0; // Hangul syllables
        if (cp < 0xE000) return 2;
        if (cp < 0xF900) return 3; // private use
        if (cp < 0xFB00) return 1; // CJK compatibility
        if (cp < 0xFE00) return 1; // ligatures (ﬁ ﬂ), Arabic presentation forms
        if (cp < 0xFE10) return 0; // variation selectors (emoji)
        if (cp < 0xFF00) return cp == 0xFEFF ? 2 : 1;
        if (cp < 0xFFF0) return 0; // full width forms
        if (cp < 0x10000) return 1; // specials (U+FFFD)
        if (cp >= 0x1F000 && cp < 0x1FB00) return 0; // emoji
        if (cp >= 0x20000 && cp < 0x40000) return 1; // CJK extensions
        if (cp >= 0xE0000 && cp < 0xE0080) return 0; // tags (flag emoji)
        if (cp >= 0xE0100 && cp < 0xE01F0) return 0; // variation selectors supplement
        return Character.isLetter(cp)
                        || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                ? 1
                : 2; // historic and minority scripts
    }
}
