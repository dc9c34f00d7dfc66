package io.newsflow.enrich.repair;

/**
 * Collapses each run of spaces and tabs to one space. Line breaks, no-break spaces (U+00A0,
 * U+202F: they carry meaning in "10 km" or French "« oui »") and other Unicode spaces (the
 * ideographic space of CJK text) are kept as they are. Leading and trailing spaces are not
 * trimmed: that is the caller's choice.
 */
final class Whitespace {

    private Whitespace() {}

    /** Whether {@code s} has a tab or two spaces in a row. */
    static boolean needsCollapse(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || (c == ' ' && i + 1 < s.length() && isBlank(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
