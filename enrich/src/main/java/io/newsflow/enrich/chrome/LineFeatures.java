package io.newsflow.enrich.chrome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the line classifier sees of each non-blank line of a text page: its own shape (length,
 * punctuation, stop-word density in the page's language, link- and menu-like marks, bullets, time
 * stamps) and its context (position, neighbours, distance to prose, repetition within the page), in
 * the spirit of jusText. Names and order are the columns of {@code line-model.tsv}; the training
 * main computes them with this same class, so model and product cannot drift apart.
 */
final class LineFeatures {

    static final List<String> NAMES = List.of(
            "bias",
            "log-chars",
            "words>=5",
            "words>=10",
            "words>=20",
            "words>=40",
            "ends-sentence",
            "ends-colon",
            "punct-per-word",
            "stop-density",
            "stop-density-long",
            "digit-share",
            "capitalised-share",
            "bullet",
            "indented-more",
            "link-mark",
            "menu-separators",
            "time-or-date",
            "repeated",
            "position",
            "before-first-prose",
            "after-last-prose",
            "prose",
            "prev-prose",
            "next-prose",
            "window-prose",
            "log-distance-to-prose",
            "bracket-mark",
            "short",
            "copyright",
            "length-vs-longest",
            "heading-over-prose",
            "window-stop-density",
            "cjk-sentence",
            "label-prefix",
            "place-in-prose-span",
            "page-prose-share",
            "prose-run");

    static final int SIZE = NAMES.size();

    private static final int WINDOW = 3;

    /**
     * The feature rows of a page.
     *
     * @param line for each row, the index of its line in the page
     * @param x    one row per non-blank line
     */
    record Page(int[] line, double[][] x) {}

    private LineFeatures() {}

    static Page of(List<String> lines) {
        int n = 0;
        for (String l : lines) if (!isBlank(l)) n++;
        int[] index = new int[n];
        Shape[] shapes = new Shape[n];
        long[] languageHits = new long[StopWordLists.LANGUAGES];
        Map<String, Integer> seen = new HashMap<>();
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (isBlank(l)) continue;
            index[k] = i;
            shapes[k] = Shape.of(l, languageHits);
            seen.merge(shapes[k].text, 1, Integer::sum);
            k++;
        }
        long language = bestLanguage(languageHits);
        int commonIndent = commonIndent(shapes);
        boolean[] prose = new boolean[n];
        int first = n, last = -1, longest = 1;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i];
            s.stopDensity = s.tokens.length == 0 ? 0 : (double) s.stopCount(language) / s.tokens.length;
            prose[i] = s.prose();
            if (prose[i]) {
                first = Math.min(first, i);
                last = i;
            }
            longest = Math.max(longest, s.text.length());
        }
        int[] distance = distances(prose);
        int proseCount = 0;
        for (boolean b : prose) if (b) proseCount++;
        double proseShare = n == 0 ? 0 : proseCount / (double) n;
        int[] run = runs(prose);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = row(i, shapes, prose, distance, run, proseShare, first, last, longest, commonIndent, seen);
        }
        return new Page(index, x);
    }

    private static double[] row(
            int i,
            Shape[] shapes,
            boolean[] prose,
            int[] distance,
            int[] run,
            double proseShare,
            int first,
            int last,
            int longest,
            int commonIndent,
            Map<String, Integer> seen) {
        int n = shapes.length;
        Shape s = shapes[i];
        double[] f = new double[SIZE];
        int words = s.words;
        f[0] = 1;
        f[1] = Math.log1p(s.text.length()) / 8;
        f[2] = words >= 5 ? 1 : 0;
        f[3] = words >= 10 ? 1 : 0;
        f[4] = words >= 20 ? 1 : 0;
        f[5] = words >= 40 ? 1 : 0;
        f[6] = s.endsSentence ? 1 : 0;
        f[7] = s.endsColon ? 1 : 0;
        f[8] = Math.min(1, s.punctuation / (double) Math.max(1, words));
        f[9] = s.stopDensity;
        f[10] = words >= 5 ? s.stopDensity : 0;
        f[11] = s.digits / (double) Math.max(1, s.letters + s.digits);
        f[12] = s.capitalised / (double) Math.max(1, s.tokens.length);
        f[13] = s.bullet ? 1 : 0;
        f[14] = s.indent > commonIndent ? 1 : 0;
        f[15] = s.linkMark ? 1 : 0;
        f[16] = Math.min(3, s.separators) / 3.0;
        f[17] = s.timeOrDate ? 1 : 0;
        f[18] = seen.get(s.text) > 1 ? 1 : 0;
        f[19] = n <= 1 ? 0 : i / (double) (n - 1);
        f[20] = i < first ? 1 : 0;
        f[21] = i > last ? 1 : 0;
        f[22] = prose[i] ? 1 : 0;
        f[23] = i > 0 && prose[i - 1] ? 1 : 0;
        f[24] = i + 1 < n && prose[i + 1] ? 1 : 0;
        int around = 0, count = 0;
        double stops = 0;
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
            if (j == i) continue;
            count++;
            if (prose[j]) around++;
            stops += shapes[j].stopDensity;
        }
        f[25] = count == 0 ? 0 : around / (double) count;
        f[26] = Math.log1p(Math.min(distance[i], 50)) / Math.log(51);
        f[27] = s.bracketMark ? 1 : 0;
        f[28] = words <= 3 ? 1 : 0;
        f[29] = s.copyright ? 1 : 0;
        f[30] = s.text.length() / (double) longest;
        f[31] = !prose[i] && words <= 20 && !s.endsSentence && i + 1 < n && prose[i + 1] ? 1 : 0;
        f[32] = count == 0 ? 0 : stops / count;
        f[33] = s.cjkSentence ? 1 : 0;
        f[34] = s.labelPrefix ? 1 : 0;
        f[35] = last <= first
                ? (i == first ? 0.5 : i < first ? -1 : 2)
                : Math.max(-1, Math.min(2, (i - first) / (double) (last - first)));
        f[36] = proseShare;
        f[37] = Math.min(10, run[i]) / 10.0;
        return f;
    }

    private static boolean isBlank(String l) {
        return l == null || l.isBlank();
    }

    private static long bestLanguage(long[] hits) {
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > 0 && (best < 0 || hits[i] > hits[best])) best = i;
        }
        return best < 0 ? 0L : 1L << best;
    }

    /** The indent most lines share: text browsers indent every paragraph, so only more than that says something. */
    private static int commonIndent(Shape[] shapes) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0, bestCount = 0;
        for (Shape s : shapes) {
            int c = counts.merge(s.indent, 1, Integer::sum);
            if (c > bestCount) {
                best = s.indent;
                bestCount = c;
            }
        }
        return best;
    }

    /** For each row, how many prose rows its run of consecutive prose rows holds (0 for others). */
    private static int[] runs(boolean[] prose) {
        int n = prose.length;
        int[] run = new int[n];
        for (int i = 0; i < n; ) {
            if (!prose[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && prose[j]) j++;
            for (int k = i; k < j; k++) run[k] = j - i;
            i = j;
        }
        return run;
    }

    /** Rows between each row and the nearest prose row (0 for prose itself; large when the page has none). */
    private static int[] distances(boolean[] prose) {
        int n = prose.length;
        int[] d = new int[n];
        int lastSeen = -1_000_000;
        for (int i = 0; i < n; i++) {
            if (prose[i]) lastSeen = i;
            d[i] = i - lastSeen;
        }
        lastSeen = 1_000_000;
        for (int i = n - 1; i >= 0; i--) {
            if (prose[i]) lastSeen = i;
            d[i] = Math.min(d[i], lastSeen - i);
        }
        return d;
    }

    /** One line measured once. */
    private static final class Shape {
        String text;
        String[] tokens;
        long[] tokenLanguages;
        int words, indent, punctuation, digits, letters, capitalised, separators;
        boolean endsSentence, endsColon, labelPrefix, bullet, linkMark, timeOrDate, bracketMark, copyright, cjkSentence;
        double stopDensity;

        static Shape of(String raw, long[] languageHits) {
            Shape s = new Shape();
            int indent = 0;
            while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) indent++;
            s.indent = indent;
            String text = raw.strip();
            if (text.length() > 20_000) text = text.substring(0, 20_000);
            s.text = text;
            s.measure(languageHits);
            return s;
        }

        private void measure(long[] languageHits) {
            StringBuilder token = new StringBuilder();
            java.util.ArrayList<String> toks = new java.util.ArrayList<>();
            int cjk = 0, cjkStops = 0;
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space) words++;
                    space = true;
                } else {
                    space = false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isIdeographic(c) || isKana(c)) {
                        cjk++;
                        flush(token, toks);
                        continue;
                    }
                    if (token.isEmpty() && Character.isUpperCase(c)) capitalised++;
                    token.append(Character.toLowerCase(c));
                    continue;
                }
                flush(token, toks);
                if (Character.isDigit(c)) digits++;
                else if (c == ',' || c == '.' || c == ';' || c == '，' || c == '、') punctuation++;
                else if (c == '|' || c == '•' || c == '·' || c == '»' || c == '›' || c == '/') separators++;
                else if (c == '_' && i > 0 && Character.isLetter(text.charAt(i - 1))) linkMark = true;
                else if (c == '。' || c == '！' || c == '？') cjkStops++;
                else if (c == '©') copyright = true;
            }
            if (!space) words++;
            flush(token, toks);
            tokens = toks.toArray(new String[0]);
            tokenLanguages = new long[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                long bits = StopWordLists.languagesOf(tokens[i]);
                tokenLanguages[i] = bits;
                for (int b = 0; bits != 0 && b < languageHits.length; b++) {
                    if ((bits & (1L << b)) != 0) languageHits[b]++;
                }
            }
            char last = lastMeaningful(text);
            endsSentence = ".!?…。！？".indexOf(last) >= 0;
            endsColon = last == ':';
            char firstChar = text.isEmpty() ? ' ' : text.charAt(0);
            bullet = "•·▪►▸*-–—+◦‣○●o".indexOf(firstChar) >= 0 && text.length() > 1 && text.charAt(1) == ' '
                    || firstChar >= '0' && firstChar <= '9' && text.matches("^\\d{1,2}[.)] .*");
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            linkMark |=
                    lower.contains("http") || lower.contains("www.") || lower.contains(".com") || lower.contains("@");
            timeOrDate = TIME.matcher(text).find();
            bracketMark =
                    firstChar == '[' || lower.startsWith("***") || lower.contains("[img") || lower.contains("[image");
            copyright |= lower.contains("all rights reserved") || lower.contains("copyright");
            cjkSentence = cjk >= 20 && cjkStops + punctuation >= 1;
            // "Read more: …", "Lea también: …", "LE PUEDE INTERESAR: …": a label, then a headline.
            int colon = text.indexOf(':');
            labelPrefix = colon > 0
                    && colon < 30
                    && colon < text.length() - 10
                    && text.substring(0, colon).split(" ").length <= 3
                    && !endsSentence;
            if (words == 0) words = 1;
            // Unspaced CJK: a word is about two characters, so length counts as words would.
            if (cjk > 0) words = Math.max(words, cjk / 2);
        }

        int stopCount(long language) {
            int c = 0;
            for (long bits : tokenLanguages) if ((bits & language) != 0) c++;
            return c;
        }

        boolean prose() {
            return tokens.length >= 10 && stopDensity >= 0.15 && text.length() >= 60
                    || cjkSentence
                    || tokens.length >= 30 && endsSentence;
        }

        private static void flush(StringBuilder token, List<String> toks) {
            if (!token.isEmpty()) {
                toks.add(token.toString());
                token.setLength(0);
            }
        }

        private static boolean isKana(char c) {
            return c >= 0x3040 && c <= 0x30FF;
        }

        private static char lastMeaningful(String s) {
            for (int i = s.length() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if ("\"')]}»”’ ".indexOf(c) < 0) return c;
            }
            return ' ';
        }
    }

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(ago|vor)\\b");
}
