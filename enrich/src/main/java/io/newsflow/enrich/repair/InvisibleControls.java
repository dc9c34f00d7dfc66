package io.newsflow.enrich.repair;

/**
 * Removes characters that have no place in an article and can do harm downstream: C0 controls other than
 * tab and line breaks (a NUL ends a C string; some consumers reject the record), DEL, and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make a title display as
 * something it is not. The bidi marks (LRM, RLM, ALM) stay: right-to-left text needs them.
 */
final class InvisibleControls {

    private InvisibleControls() {}

    static boolean isRemoved(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0x7F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    static boolean present(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isRemoved(s.charAt(i))) return true;
        }
        return false;
    }

    static String remove(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isRemoved(c)) out.append(c);
        }
        return out.toString();
    }
}
