package io.newsflow.enrich.metadata;

import java.util.regex.Pattern;

/**
 * Takes the site name off a page title ("Headline | Site", "Site - Headline") the way readers expect.
 * Titles are page-controlled: they are cut to {@link #MAX_LENGTH} first and every scan here is linear.
 */
final class Titles {
    /** No headline is longer; the cap bounds the work on a hostile {@code <title>}. */
    static final int MAX_LENGTH = 400;

    private static final String SEPARATORS = "|-–—·•:/»«";
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—·•:/»«]{1,2} ");

    private Titles() {}

    static String clean(String title, String siteName) {
        if (title == null) return null;
        String t = collapse(title);
        if (t.isEmpty()) return null;
        if (siteName != null && !siteName.isBlank()) {
            String stripped = stripSite(t, siteName.strip());
            if (stripped != null) return stripped;
        }
        // Without a known site name, drop a short trailing segment after the last separator.
        String[] split = splitTrailingSite(t);
        return split == null ? t : split[0];
    }

    /** The short segment after a title's last separator ("Headline :: Site"), which names the site; or null. */
    static String trailingSite(String title) {
        if (title == null || title.isBlank()) return null;
        String[] split = splitTrailingSite(collapse(title));
        return split == null ? null : split[1];
    }

    private static String[] splitTrailingSite(String t) {
        var m = SEPARATOR.matcher(t);
        int lastStart = -1, lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) return null;
        String head = t.substring(0, lastStart).strip(),
                tail = t.substring(lastEnd).strip();
        return words(tail) <= 4 && words(head) >= 3 && head.length() > tail.length() ? new String[] {head, tail} : null;
    }

    private static String stripSite(String t, String site) {
        int n = t.length(), s = site.length();
        if (n <= s) return null;
        if (t.regionMatches(true, n - s, site, 0, s)) {
            int end = n - s;
            while (end > 0 && isSeparator(t.charAt(end - 1))) end--;
            if (end < n - s && end > 0) return t.substring(0, end).strip();
        }
        if (t.regionMatches(true, 0, site, 0, s)) {
            int start = s;
            while (start < n && isSeparator(t.charAt(start))) start++;
            if (start > s && start < n) return t.substring(start).strip();
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
    }

    /** Runs of whitespace as one space, stripped, cut to {@link #MAX_LENGTH} at a word boundary when it can. */
    private static String collapse(String title) {
        StringBuilder out = new StringBuilder(Math.min(title.length(), MAX_LENGTH + 1));
        boolean space = false;
        for (int i = 0; i < title.length() && out.length() <= MAX_LENGTH; i++) {
            char c = title.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        if (out.length() <= MAX_LENGTH) return out.toString();
        int cut = out.lastIndexOf(" ", MAX_LENGTH);
        return out.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).strip();
    }

    private static int words(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = s.charAt(i) != ' ';
            if (letter && !in) words++;
            in = letter;
        }
        return words;
    }
}
