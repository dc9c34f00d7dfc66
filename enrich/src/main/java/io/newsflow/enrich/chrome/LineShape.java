package io.newsflow.enrich.chrome;

/**
 * What a line looks like, independent of any rule: article prose, a headline, or junk. The block,
 * sandwich and tail rules use these shapes to decide where chrome stops and the article resumes,
 * so they lean towards calling a line prose: a kept promo costs less than a lost paragraph.
 */
final class LineShape {

    /** A sentence-punctuated line of this many words reads as article prose. */
    static final int PROSE_WORDS = 12;
    /** A line this long reads as prose whatever its punctuation (extractors split sentences oddly). */
    static final int LONG_WORDS = 30;
    /** Longest line that can still be a headline in a list of links. */
    static final int HEADLINE_WORDS = 15;

    private LineShape() {}

    static boolean prose(LineText t) {
        return t.words() >= LONG_WORDS || (t.words() >= PROSE_WORDS && endsSentence(t.light()));
    }

    /** A short line that does not end like a sentence: a link title, a heading, a label. */
    static boolean headline(LineText t) {
        if (t.words() == 0 || t.words() > HEADLINE_WORDS) {
            return false;
        }
        char last = lastMeaningful(t.light());
        return ".!?:;,…".indexOf(last) < 0;
    }

    /** A short line that says nothing a sentence would: "GreenLeaf Tw2sl". */
    static boolean junk(LineText t, int maxWords) {
        return t.words() > 0 && t.words() <= maxWords && !endsSentence(t.light());
    }

    static boolean endsSentence(String light) {
        return ".!?…".indexOf(lastMeaningful(light)) >= 0;
    }

    /** Last character, looking through closing quotes and brackets ("…signed.”" ends with '.'). */
    private static char lastMeaningful(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if ("\"')]}»".indexOf(c) < 0 && c != ' ') {
                return c;
            }
        }
        return ' ';
    }
}
