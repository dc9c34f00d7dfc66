package io.newsflow.enrich.extract;

import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.enrich.chrome.LineClassifier;
import io.newsflow.enrich.metadata.MetadataReader;
import io.newsflow.enrich.metadata.TextByline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a plain-text body line by line. Every line is judged before any are joined, because a
 * paragraph made of a caption and an error widget reads as prose and would hide the widget: the
 * chrome rules know the widgets seen so far, the line classifier judges the shape of any other.
 * Then the headline is looked for just above the first article line (leading chrome is skipped), a
 * "by … date" line becomes authors and date, and the kept lines become paragraphs.
 */
final class PlainTextReader {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?][^<>]{0,2000}>");
    /** How far above the first article line a headline is looked for, in non-blank lines. */
    private static final int TITLE_REACH = 4;
    /** A line this long that does not end a sentence runs on into the next (hard-wrapped text). */
    private static final int RUN_ON_WORDS = 12;
    /** A line this long between two article lines is kept whatever the classifier said. */
    private static final int SANDWICH_WORDS = 8;

    record Parsed(String title, List<String> authors, String publishedAt, List<Block> blocks) {}

    private final ChromeFilter chrome;
    private final LineClassifier classifier;
    private final MetadataReader metadata;

    PlainTextReader(ChromeFilter chrome, LineClassifier classifier, MetadataReader metadata) {
        this.chrome = chrome;
        this.classifier = classifier;
        this.metadata = metadata;
    }

    Parsed read(String text, Map<String, Integer> removed) {
        List<String> lines = List.of(text.split("\\R", -1));
        String[] kinds = chrome.kinds(lines);
        boolean[] article = classifier.article(lines);
        boolean[] keep = new boolean[lines.size()];
        int first = -1;
        for (int i = 0; i < keep.length; i++) {
            if (lines.get(i).isBlank()) continue;
            keep[i] = kinds[i] == null && article[i];
            if (kinds[i] != null) removed.merge(kinds[i], 1, Integer::sum);
            if (keep[i] && first < 0) first = i;
        }
        keepSandwiched(lines, kinds, keep);
        // A page of one headline ("SXSW: Snowden speaks") is a headline article, not chrome: the
        // classifier has no context to judge it, so lines the rules leave are kept.
        if (first < 0) first = keepWhatRulesLeave(lines, kinds, keep);
        countDropped(lines, kinds, keep, removed);
        if (first < 0) return new Parsed(null, List.of(), null, List.of());
        int titleLine = title(lines, kinds, keep, first);
        String title = titleLine < 0 ? null : clean(lines.get(titleLine));
        if (titleLine >= 0 && keep[titleLine]) keep[titleLine] = false;
        TextByline.Byline byline = byline(lines, keep, titleLine, removed);
        List<Block> blocks = paragraphs(lines, keep);
        if (title == null && !blocks.isEmpty()) title = leadTitle(blocks.get(0).text());
        return new Parsed(
                title,
                byline == null ? List.of() : byline.authors(),
                byline == null ? null : byline.publishedAt(),
                blocks);
    }

    /**
     * A sentence between two article lines is article (a caption, a one-line paragraph the classifier
     * doubted), as in jusText's context pass; lines the rules removed are looked through, not at.
     */
    private static void keepSandwiched(List<String> lines, String[] kinds, boolean[] keep) {
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] || kinds[i] != null || words(lines.get(i)) < SANDWICH_WORDS) continue;
            int prev = i - 1, next = i + 1;
            while (prev >= 0 && (lines.get(prev).isBlank() || kinds[prev] != null)) prev--;
            while (next < keep.length && (lines.get(next).isBlank() || kinds[next] != null)) next++;
            if (prev >= 0 && next < keep.length && keep[prev] && keep[next]) keep[i] = true;
        }
    }

    private static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static int keepWhatRulesLeave(List<String> lines, String[] kinds, boolean[] keep) {
        int first = -1;
        for (int i = 0; i < keep.length; i++) {
            if (!lines.get(i).isBlank() && kinds[i] == null) {
                keep[i] = true;
                if (first < 0) first = i;
            }
        }
        return first;
    }

    private static void countDropped(List<String> lines, String[] kinds, boolean[] keep, Map<String, Integer> removed) {
        int dropped = 0;
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i] && kinds[i] == null && !lines.get(i).isBlank()) dropped++;
        }
        if (dropped > 0) removed.merge("line-classifier", dropped, Integer::sum);
    }

    /**
     * The headline: the first article line when it is shaped like one, else the nearest headline-shaped
     * line just above it that no rule called chrome (a membership plea may come first). -1 when none.
     */
    private static int title(List<String> lines, String[] kinds, boolean[] keep, int first) {
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < TITLE_REACH; i--) {
            if (lines.get(i).isBlank()) continue;
            seen++;
            if (kinds[i] == null && looksLikeTitle(clean(lines.get(i)))) return i;
        }
        String firstLine = clean(lines.get(first));
        return looksLikeTitle(firstLine) && hasMoreArticle(keep, first) ? first : -1;
    }

    private static boolean hasMoreArticle(boolean[] keep, int after) {
        for (int i = after + 1; i < keep.length; i++) if (keep[i]) return true;
        return false;
    }

    /** Takes a "by … date" line among the first article lines after the title. */
    private TextByline.Byline byline(List<String> lines, boolean[] keep, int titleLine, Map<String, Integer> removed) {
        int seen = 0;
        for (int i = Math.max(0, titleLine + 1); i < keep.length && seen < 3; i++) {
            if (!keep[i]) continue;
            seen++;
            TextByline.Byline b = metadata.textByline(clean(lines.get(i)));
            if (b != null) {
                keep[i] = false;
                removed.merge("byline", 1, Integer::sum);
                return b;
            }
        }
        return null;
    }

    /**
     * Kept lines as paragraphs: one line is one paragraph, except that a long line that does not end a
     * sentence runs on into the next kept line right below it (text wrapped by hand or by a copy).
     */
    private static List<Block> paragraphs(List<String> lines, boolean[] keep) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) {
                flush(cur, blocks);
                continue;
            }
            String s = clean(lines.get(i));
            if (!cur.isEmpty()) cur.append(' ');
            cur.append(s);
            if (!runsOn(s) || i + 1 >= keep.length || !keep[i + 1]) flush(cur, blocks);
        }
        flush(cur, blocks);
        return blocks;
    }

    private static boolean runsOn(String s) {
        if (s.isEmpty()) return false;
        char last = s.charAt(s.length() - 1);
        return Character.isLetter(last) && s.split(" ").length >= RUN_ON_WORDS;
    }

    private static void flush(StringBuilder cur, List<Block> blocks) {
        if (!cur.isEmpty()) {
            blocks.add(new Block("p", cur.toString(), 0, 0));
            cur.setLength(0);
        }
    }

    /** A page with no headline gets its lead's first clause: a reader needs something to click. */
    static String leadTitle(String lead) {
        int end = sentenceEnd(lead);
        String sentence = lead.substring(0, end).strip();
        if (sentence.length() > 120) {
            int comma = sentence.lastIndexOf(',', 120);
            sentence = comma > 40 ? sentence.substring(0, comma) : sentence;
        }
        if (sentence.length() > 160) {
            int space = sentence.lastIndexOf(' ', 150);
            sentence = sentence.substring(0, space > 40 ? space : 150) + " …";
        }
        return sentence.replaceAll("[.。]$", "");
    }

    private static int sentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || s.charAt(i + 1) == ' ') && i > 20) {
                return i + 1;
            }
            if (c == '。' || c == '！' || c == '？') return i + 1;
        }
        return s.length();
    }

    static boolean looksLikeTitle(String line) {
        int words = line.isEmpty() ? 0 : line.split("\\s+").length;
        return words >= 2
                && line.length() <= 200
                && words <= 25
                && !line.endsWith(".")
                && !line.endsWith(",")
                && !line.endsWith(";")
                && !line.endsWith(":");
    }

    private static String clean(String line) {
        String s = line.strip().replaceAll("\\s+", " ");
        // Bullets a text browser puts before list items are layout, not text.
        return s.replaceFirst("^[•·▪◦‣*+-] ", "");
    }

    /** True when the body has no markup at all, so it is text whatever the transport said. */
    static boolean clearlyNotHtml(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        return !MARKUP.matcher(head).find();
    }
}
