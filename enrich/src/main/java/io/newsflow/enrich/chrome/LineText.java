package io.newsflow.enrich.chrome;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One input line in the three forms the rules look at.
 *
 * @param raw   the line as given
 * @param light spacing folded, curly quotes straightened, leading bullets dropped: what
 *              {@code prefix:} and {@code pattern:} rules see, so a rule need not care how a site
 *              indents or bullets its widgets
 * @param key   lower case, every run of punctuation and spacing folded to one space: what
 *              {@code phrase:}, {@code header:} and {@code term:} rules compare with, so "Editors' Picks",
 *              "EDITORS PICKS" and "Editors’ picks:" are one phrase
 * @param words number of words in the line
 */
record LineText(String raw, String light, String key, int words) {

    /** Bullet and list markers that widgets put in front of their lines. */
    private static final String BULLETS = "•·▪►▸»›*-–—>|◦‣○●";

    static LineText of(String raw) {
        String light = light(raw);
        return new LineText(raw, light, key(light), countWords(light));
    }

    boolean blank() {
        return light.isEmpty();
    }

    static String light(String raw) {
        if (isLightAscii(raw)) return raw;
        // ASCII is its own NFKC form: only other lines need the normalizer.
        String s = isAscii(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(straightQuote(c));
        }
        return out.substring(leadingMarkers(out));
    }

    /** Printable ASCII is never a space: only other characters need the Unicode tables (this sees every line). */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7F) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static char straightQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    /** How many bullets and spaces the line starts with. */
    private static int leadingMarkers(CharSequence line) {
        int start = 0;
        while (start < line.length() && (BULLETS.indexOf(line.charAt(start)) >= 0 || line.charAt(start) == ' ')) {
            start++;
        }
        return start;
    }

    static String key(String text) {
        // ASCII lower-cases char by char; other text goes through String.toLowerCase (İ becomes two chars).
        String lower = isAscii(text) ? text : text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 0x80
                    ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                    : Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * Printable ASCII with single spaces between words and none at either end, not starting with a bullet:
     * what {@link #light} would return unchanged (most lines), so it need not be copied.
     */
    private static boolean isLightAscii(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ' || BULLETS.indexOf(s.charAt(0)) >= 0) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7F || c == ' ' && s.charAt(i - 1) == ' ') return false;
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int countWords(String light) {
        if (light.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < light.length(); i++) {
            if (light.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
