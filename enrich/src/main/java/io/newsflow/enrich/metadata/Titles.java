package io.newsflow.enrich.metadata;

import java.util.regex.Pattern;

/** Takes the site name off a page title ("Headline | Site", "Site - Headline") the way readers expect. */
final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:/»«]{1,2}\\s+");

    private Titles() {}

    static String clean(String title, String siteName) {
        if (title == null) return null;
        String t = title.replaceAll("\\s+", " ").strip();
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
        String[] split = splitTrailingSite(title.replaceAll("\\s+", " ").strip());
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
        String lt = t.toLowerCase(), ls = site.toLowerCase();
        if (lt.equals(ls)) return null;
        if (lt.endsWith(ls)) {
            String head = t.substring(0, t.length() - site.length());
            String cut = head.replaceFirst("[\\s|\\-–—·•:/»«]+$", "");
            if (cut.length() < head.length() && !cut.isBlank()) return cut.strip();
        }
        if (lt.startsWith(ls)) {
            String tail = t.substring(site.length());
            String cut = tail.replaceFirst("^[\\s|\\-–—·•:/»«]+", "");
            if (cut.length() < tail.length() && !cut.isBlank()) return cut.strip();
        }
        return null;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
