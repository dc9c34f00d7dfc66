package io.newsflow.enrich.repair;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns HTML character references that survived into plain text back into characters: the text
 * was escaped twice, so after one unescape it still reads {@code &eacute;}, {@code &amp;#8217;} or
 * {@code AT&amp;amp;T}.
 *
 * <ul>
 *   <li>{@code &amp;} followed by a reference ({@code &amp;eacute;}, {@code &amp;#8217;},
 *       {@code &amp;amp;eacute;}) becomes the referenced character;
 *   <li>a bare numeric reference ({@code &#8217;}, {@code &#x2019;}) and a bare named reference
 *       for anything but {@code &lt; &gt; &amp;} becomes the character;
 *   <li>a bare {@code &amp;} not followed by a reference becomes {@code &}.
 * </ul>
 *
 * Bare {@code &lt;} and {@code &gt;} stay: in running text they are more likely an article quoting
 * markup than a failed unescape. Numeric references 128..159 are read as windows-1252, as HTML
 * does. Unknown names stay as they are.
 */
final class EntityUnescape {

    private static final Pattern REFERENCE =
            Pattern.compile("&((?:amp;)*)(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final int MAX_ROUNDS = 4;

    private EntityUnescape() {}

    /** Whether {@code s} may hold a reference worth looking at. */
    static boolean mayContainEntity(CharSequence s) {
        for (int i = 0, last = s.length() - 2; i < last; i++) {
            if (s.charAt(i) == '&') {
                return true;
            }
        }
        return false;
    }

    /** Unescapes {@code s}; {@code repairs[0]} is increased by the number of references replaced. */
    static String unescape(String s, int[] repairs) {
        String current = s;
        for (int round = 0; round < MAX_ROUNDS && current.indexOf('&') >= 0; round++) {
            String next = unescapeOnce(current, repairs);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String unescapeOnce(String s, int[] repairs) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            boolean escapedTwice = !m.group(1).isEmpty();
            String ref = m.group(2);
            String replacement = resolve(ref, escapedTwice);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, m.start()).append(replacement);
            copied = m.end();
            repairs[0]++;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static String resolve(String ref, boolean escapedTwice) {
        if (ref.charAt(0) == '#') {
            return resolveNumeric(ref);
        }
        if (!escapedTwice && (ref.equals("lt") || ref.equals("gt"))) {
            return null;
        }
        String value = Entities.getByName(ref);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The character {@code #233} or {@code #xE9} stands for, or null when it stands for none worth having. */
    private static String resolveNumeric(String ref) {
        int cp;
        try {
            cp = ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                    ? Integer.parseInt(ref.substring(2), 16)
                    : Integer.parseInt(ref.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (cp >= 0x80 && cp <= 0x9F) { // "&#150;" is the windows-1252 dash, as browsers read it
            char c = LegacyCharset.ALL.get(0).charOf(cp);
            return c >= 0xA0 ? String.valueOf(c) : null;
        }
        if (isUnwanted(cp)) {
            return null;
        }
        return new String(Character.toChars(cp));
    }

    /** NUL, no code point at all, a lone surrogate, an unassigned one, or a control other than tab and newline. */
    private static boolean isUnwanted(int cp) {
        return cp == 0
                || cp > 0x10FFFF
                || (cp >= 0xD800 && cp <= 0xDFFF)
                || !Character.isDefined(cp)
                || (cp < 0x20 && cp != '\t' && cp != '\n');
    }
}
