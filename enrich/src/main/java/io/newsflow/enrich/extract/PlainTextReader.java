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

    /** "…on Nov. 19, 2022. (Andre Malerba/Getty Images)": two sentences, a caption, not a headline. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?] [\\p{Lu}(]|\\d[.!?] [\\p{Lu}(]");

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z!/?][^<>]{0,2000}>");
    /** How far above the first article line a headline is looked for, in non-blank lines. */
    private static final int TITLE_REACH = 5;
    /** A line this long that does not end a sentence runs on into the next (hard-wrapped text). */
    private static final int RUN_ON_WORDS = 12;
    /** Lines after this many are cut, and each line at MAX_LINE_CHARS: it bounds time on hostile input. */
    static final int MAX_LINES = 5_000;

    static final int MAX_LINE_CHARS = 100_000;
    private static final String PROMO = "promo";
    /** A page of at most this many lines is a headline article when the classifier keeps none of them. */
    private static final int HEADLINE_PAGE_LINES = 3;
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
        List<String> lines = lines(text);
        String[] kinds = chrome.kinds(lines);
        double[] p = classifier.articleProbability(lines);
        boolean[] keep = new boolean[lines.size()];
        int first = keepArticleLines(lines, kinds, p, keep);
        if (first < 0) first = fallBack(lines, kinds, p, keep);
        if (first < 0) {
            countRemoved(lines, kinds, keep, removed);
            return new Parsed(null, List.of(), null, List.of());
        }
        int titleLine = title(lines, kinds, keep, first);
        int bylineLine = bylineLine(lines, kinds, titleLine, first);
        TextByline.Byline byline = bylineLine < 0 ? null : metadata.textByline(clean(lines.get(bylineLine)));
        keepSandwiched(lines, kinds, anchors(keep, titleLine, bylineLine), keep);
        takeOutHeadLines(keep, titleLine, bylineLine, removed);
        countRemoved(lines, kinds, keep, removed, titleLine, bylineLine);
        List<Block> blocks = paragraphs(lines, keep);
        String title = titleLine < 0 ? leadTitleOf(blocks) : clean(lines.get(titleLine));
        if (byline == null) return new Parsed(title, List.of(), null, blocks);
        return new Parsed(title, byline.authors(), byline.publishedAt(), blocks);
    }

    /** Title and byline are the article's too: a caption between them and the body is kept. */
    private static boolean[] anchors(boolean[] keep, int titleLine, int bylineLine) {
        boolean[] anchors = keep.clone();
        if (titleLine >= 0) anchors[titleLine] = true;
        if (bylineLine >= 0) anchors[bylineLine] = true;
        return anchors;
    }

    /** The title and byline lines are reported on their own, not as paragraphs; a byline counts as removed. */
    private static void takeOutHeadLines(boolean[] keep, int titleLine, int bylineLine, Map<String, Integer> removed) {
        if (titleLine >= 0) keep[titleLine] = false;
        if (bylineLine >= 0) {
            keep[bylineLine] = false;
            removed.merge("byline", 1, Integer::sum);
        }
    }

    /** For a page with no headline line: the lead's first clause, or null when there is no paragraph. */
    private static String leadTitleOf(List<Block> blocks) {
        return blocks.isEmpty() ? null : leadTitle(blocks.get(0).text());
    }

    /**
     * Keeps the lines the rules left and the classifier calls article; returns the first kept, or -1. A
     * line with no letter or digit (html2text's "=====" under a heading, "* * *") is never text.
     */
    private int keepArticleLines(List<String> lines, String[] kinds, double[] p, boolean[] keep) {
        int first = -1;
        for (int i = 0; i < keep.length; i++) {
            if (lines.get(i).isBlank()) continue;
            keep[i] = kinds[i] == null && classifier.isArticle(p[i]) && hasLetterOrDigit(lines.get(i));
            if (keep[i] && first < 0) first = i;
        }
        return first;
    }

    private static boolean hasLetterOrDigit(String line) {
        for (int i = 0; i < line.length(); i++) if (Character.isLetterOrDigit(line.charAt(i))) return true;
        return false;
    }

    /** The lines of a text, at most MAX_LINES and each cut at MAX_LINE_CHARS: no article needs more. */
    static List<String> lines(String text) {
        // What text.split("\\R", MAX_LINES + 1) gave, without the regex: \r\n is one break, as are
        // \n, \r, \u000B, \u000C, \u0085, \u2028 and \u2029; empty lines (also the last) are kept.
        List<String> out = new ArrayList<>();
        int start = 0, len = text.length();
        for (int i = 0; i < len && out.size() < MAX_LINES; i++) {
            char c = text.charAt(i);
            if (!isBreak(c)) continue;
            out.add(cut(text, start, i));
            if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        if (out.size() < MAX_LINES) out.add(cut(text, start, len));
        return out;
    }

    private static boolean isBreak(char c) {
        return c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\u000C'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    private static String cut(String text, int from, int to) {
        return text.substring(from, Math.min(to, from + MAX_LINE_CHARS));
    }

    /** The "by … date" line among the first lines after the title (kept or not), or -1. */
    private int bylineLine(List<String> lines, String[] kinds, int titleLine, int first) {
        int seen = 0;
        for (int i = Math.max(0, Math.min(titleLine + 1, first)); i < lines.size() && seen < 3; i++) {
            if (lines.get(i).isBlank() || kinds[i] != null || i == titleLine) continue;
            seen++;
            if (metadata.textByline(clean(lines.get(i))) != null) return i;
        }
        return -1;
    }

    /**
     * A sentence between two article lines is article (a caption, a one-line paragraph the classifier
     * doubted), as in jusText's context pass; lines the rules removed are looked through, not at.
     */
    private static void keepSandwiched(List<String> lines, String[] kinds, boolean[] anchors, boolean[] keep) {
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] || kinds[i] != null || words(lines.get(i)) < SANDWICH_WORDS) continue;
            int prev = i - 1, next = i + 1;
            while (prev >= 0 && (lines.get(prev).isBlank() || kinds[prev] != null)) prev--;
            while (next < keep.length && (lines.get(next).isBlank() || kinds[next] != null)) next++;
            if (prev >= 0 && next < keep.length && anchors[prev] && anchors[next]) keep[i] = true;
        }
    }

    /** Words as {@code line.strip().split("\\s+").length} counted them (0 for a blank line), without the regex. */
    static int words(String line) {
        String s = line.strip();
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isAsciiSpace(s.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    /** What the regex {@code \\s} matches: [ \t\n\x0B\f\r]. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * When the classifier keeps nothing. A page of a few lines ("SXSW: Snowden speaks") is a headline
     * article, not chrome: the classifier has no context to judge it, so the lines the rules leave are
     * kept. A longer page keeps its likeliest lines that could be prose (a page in a script or style the
     * model has not seen); a page with none of those has no article.
     */
    private static int fallBack(List<String> lines, String[] kinds, double[] p, boolean[] keep) {
        int candidates = 0, nonBlank = 0;
        double best = 0;
        for (int i = 0; i < keep.length; i++) {
            if (lines.get(i).isBlank()) continue;
            nonBlank++;
            if (kinds[i] != null) continue;
            candidates++;
            if (couldBeProse(lines.get(i))) best = Math.max(best, p[i]);
        }
        boolean headlinePage = nonBlank <= HEADLINE_PAGE_LINES;
        int first = -1;
        for (int i = 0; i < keep.length; i++) {
            if (lines.get(i).isBlank()) continue;
            // "SXSW: Snowden speaks" has the shape of a promo card; with no article to promote away from,
            // it is the headline.
            if (kinds[i] != null && !(headlinePage && kinds[i].equals(PROMO))) continue;
            if (kinds[i] != null) kinds[i] = null;
            keep[i] = headlinePage || (best > 0 && couldBeProse(lines.get(i)) && p[i] >= best / 2);
            if (keep[i] && first < 0) first = i;
        }
        return first;
    }

    private static boolean couldBeProse(String line) {
        return words(line) >= 5 || line.strip().length() >= 20;
    }

    private static void countRemoved(List<String> lines, String[] kinds, boolean[] keep, Map<String, Integer> removed) {
        countRemoved(lines, kinds, keep, removed, -1, -1);
    }

    /** Removed lines by kind; what the classifier alone took counts as "line-classifier". */
    private static void countRemoved(
            List<String> lines, String[] kinds, boolean[] keep, Map<String, Integer> removed, int title, int byline) {
        int dropped = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i] || lines.get(i).isBlank() || i == title || i == byline) continue;
            if (kinds[i] != null) removed.merge(kinds[i], 1, Integer::sum);
            else dropped++;
        }
        if (dropped > 0) removed.merge("line-classifier", dropped, Integer::sum);
    }

    /**
     * The headline: the first article line when it is shaped like one, else the nearest headline-shaped
     * line just above it that no rule called chrome (a membership plea may come first). -1 when none.
     */
    private int title(List<String> lines, String[] kinds, boolean[] keep, int first) {
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < TITLE_REACH; i--) {
            if (lines.get(i).isBlank()) continue;
            seen++;
            String line = clean(lines.get(i));
            // "by The Kyiv Independent news desk March 17, 2023" is shaped like a headline, but is a byline.
            if (kinds[i] == null && looksLikeTitle(line) && metadata.textByline(line) == null) return i;
        }
        String firstLine = clean(lines.get(first));
        return looksLikeTitle(firstLine) && hasMoreArticle(keep, first) ? first : -1;
    }

    private static boolean hasMoreArticle(boolean[] keep, int after) {
        for (int i = after + 1; i < keep.length; i++) if (keep[i]) return true;
        return false;
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

    /** A headline: 2 to 20 words, one sentence at most, not ending like a sentence or a list lead. */
    static boolean looksLikeTitle(String line) {
        int words = line.isEmpty() ? 0 : line.split("\\s+").length;
        return words >= 2
                && words <= 20
                && line.length() <= 200
                && !SENTENCE_BREAK.matcher(line).find()
                && !line.endsWith(".")
                && !line.endsWith(",")
                && !line.endsWith(";")
                && !line.endsWith(":");
    }

    static String clean(String line) {
        String stripped = line.strip();
        CharSequence b = singleSpaced(stripped) ? stripped : foldSpaces(stripped);
        // Bullets a text browser puts before list items are layout, not text.
        boolean bullet = b.length() >= 2 && "•·▪◦‣*+-".indexOf(b.charAt(0)) >= 0 && b.charAt(1) == ' ';
        return bullet ? b.subSequence(2, b.length()).toString() : b.toString();
    }

    /** Whether every gap between words is one plain space: then folding the spaces would change nothing. */
    private static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAsciiSpace(c) && (c != ' ' || s.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }

    private static StringBuilder foldSpaces(String stripped) {
        StringBuilder b = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isAsciiSpace(c)) {
                space = true;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(c);
        }
        return b;
    }

    /** True when the body has no markup at all, so it is text whatever the transport said. */
    static boolean clearlyNotHtml(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        return !MARKUP.matcher(head).find();
    }
}
