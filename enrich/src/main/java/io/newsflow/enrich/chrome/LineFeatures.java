package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
            "prose-run",
            "gap-run",
            "gap-enclosed",
            "indent-as-prose",
            "window-words",
            "words-mean",
            "words-min",
            "words-max",
            "words-known");

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
        return of(lines, LineWords.defaults());
    }

    /** The feature rows of a page, with the given table of chrome and article words. */
    static Page of(List<String> lines, LineWords lexicon) {
        int n = countNonBlank(lines);
        int[] index = new int[n];
        Shape[] shapes = new Shape[n];
        long[] languageHits = new long[StopWordLists.LANGUAGES];
        Map<String, Integer> seen = new HashMap<>();
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (isBlank(l)) continue;
            index[k] = i;
            shapes[k] = Shape.of(l, languageHits, lexicon, null);
            seen.merge(shapes[k].text, 1, Integer::sum);
            k++;
        }
        long language = bestLanguage(languageHits);
        int commonIndent = commonIndent(shapes);
        boolean[] prose = prose(shapes, language);
        int first = firstProse(prose);
        int last = lastProse(prose);
        int longest = longest(shapes);
        int[] distance = distances(prose);
        double proseShare = proseShare(prose);
        int[] run = runs(prose);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = row(i, shapes, prose, distance, run, proseShare, first, last, longest, commonIndent, seen);
        }
        gapFeatures(x, shapes, prose);
        return new Page(index, x);
    }

    /**
     * Where a line sits between prose runs: how long the run of non-prose lines holding it is, whether
     * prose comes both before and after that run (a list or subhead inside the article, not a sidebar),
     * whether it is indented as the prose is, and how long the lines around it are.
     */
    private static void gapFeatures(double[][] x, Shape[] shapes, boolean[] prose) {
        int n = prose.length;
        Map<Integer, Integer> proseIndents = new HashMap<>();
        int proseIndent = -1, bestCount = 0;
        for (int i = 0; i < n; i++) {
            if (!prose[i]) continue;
            int c = proseIndents.merge(shapes[i].indent, 1, Integer::sum);
            if (c > bestCount) {
                bestCount = c;
                proseIndent = shapes[i].indent;
            }
        }
        for (int i = 0; i < n; ) {
            if (prose[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !prose[j]) j++;
            double gap = Math.log1p(Math.min(j - i, 50)) / Math.log(51);
            double enclosed = bit(i > 0 && j < n);
            for (int k = i; k < j; k++) {
                x[k][38] = gap;
                x[k][39] = enclosed;
            }
            i = j;
        }
        for (int i = 0; i < n; i++) {
            x[i][40] = bit(shapes[i].indent == proseIndent);
            double words = 0;
            int count = 0;
            for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
                if (j == i) continue;
                words += shapes[j].words;
                count++;
            }
            x[i][41] = count == 0 ? 0 : Math.log1p(words / count) / 5;
        }
    }

    private static int countNonBlank(List<String> lines) {
        int n = 0;
        for (String l : lines) if (!isBlank(l)) n++;
        return n;
    }

    /** Sets each line's stop-word density in the page's language, then says which lines are prose. */
    private static boolean[] prose(Shape[] shapes, long language) {
        boolean[] prose = new boolean[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            Shape s = shapes[i];
            s.stopDensity = s.tokenCount == 0 ? 0 : (double) s.stopCount(language) / s.tokenCount;
            prose[i] = s.prose();
        }
        return prose;
    }

    /** The first prose row, or the row count when there is none. */
    private static int firstProse(boolean[] prose) {
        for (int i = 0; i < prose.length; i++) if (prose[i]) return i;
        return prose.length;
    }

    /** The last prose row, or -1 when there is none. */
    private static int lastProse(boolean[] prose) {
        for (int i = prose.length - 1; i >= 0; i--) if (prose[i]) return i;
        return -1;
    }

    /** The longest line's length, at least 1 so it can divide. */
    private static int longest(Shape[] shapes) {
        int longest = 1;
        for (Shape s : shapes) longest = Math.max(longest, s.text.length());
        return longest;
    }

    private static double proseShare(boolean[] prose) {
        int n = prose.length;
        int proseCount = 0;
        for (boolean b : prose) if (b) proseCount++;
        return n == 0 ? 0 : proseCount / (double) n;
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
        Shape s = shapes[i];
        double[] f = new double[SIZE];
        f[0] = 1;
        lengthFeatures(f, s, longest);
        markFeatures(f, s, commonIndent, seen);
        neighbourFeatures(f, i, s, prose);
        windowFeatures(f, i, shapes, prose);
        f[20] = bit(i < first);
        f[21] = bit(i > last);
        f[26] = Math.log1p(Math.min(distance[i], 50)) / Math.log(51);
        f[35] = placeInProseSpan(i, first, last);
        f[36] = proseShare;
        f[37] = Math.min(10, run[i]) / 10.0;
        wordFeatures(f, s);
        return f;
    }

    /** How long the line is, in characters and words, and how it ends. */
    private static void lengthFeatures(double[] f, Shape s, int longest) {
        int words = s.words;
        f[1] = Math.log1p(s.text.length()) / 8;
        f[2] = bit(words >= 5);
        f[3] = bit(words >= 10);
        f[4] = bit(words >= 20);
        f[5] = bit(words >= 40);
        f[6] = bit(s.endsSentence);
        f[7] = bit(s.endsColon);
        f[8] = Math.min(1, s.punctuation / (double) Math.max(1, words));
        f[9] = s.stopDensity;
        f[10] = words >= 5 ? s.stopDensity : 0;
        f[11] = s.digits / (double) Math.max(1, s.letters + s.digits);
        f[12] = s.capitalised / (double) Math.max(1, s.tokenCount);
        f[28] = bit(words <= 3);
        f[30] = s.text.length() / (double) longest;
    }

    /** What the line's words say, by the learnt table: their mean, the most chrome-like, the most article-like. */
    private static void wordFeatures(double[] f, Shape s) {
        boolean any = s.known > 0;
        f[42] = any ? s.wordSum / s.known : 0;
        f[43] = any ? s.wordMin : 0;
        f[44] = any ? s.wordMax : 0;
        f[45] = s.known / (double) Math.max(1, s.tokenCount);
    }

    /** The lower-cased tokens of a line as the features see them (letters only; CJK characters are none). */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        Shape.of(line, new long[StopWordLists.LANGUAGES], LineWords.NONE, out);
        return out;
    }

    /** The line's own marks of chrome: bullets, indent, links, separators, dates, repetition, labels. */
    private static void markFeatures(double[] f, Shape s, int commonIndent, Map<String, Integer> seen) {
        f[13] = bit(s.bullet);
        f[14] = bit(s.indent > commonIndent);
        f[15] = bit(s.linkMark);
        f[16] = Math.min(3, s.separators) / 3.0;
        f[17] = bit(s.timeOrDate);
        f[18] = bit(seen.get(s.text) > 1);
        f[27] = bit(s.bracketMark);
        f[29] = bit(s.copyright);
        f[33] = bit(s.cjkSentence);
        f[34] = bit(s.labelPrefix);
    }

    /** Where the row is and whether it and its next-door rows are prose. */
    private static void neighbourFeatures(double[] f, int i, Shape s, boolean[] prose) {
        int n = prose.length;
        f[19] = n <= 1 ? 0 : i / (double) (n - 1);
        f[22] = bit(prose[i]);
        f[23] = bit(i > 0 && prose[i - 1]);
        f[24] = bit(i + 1 < n && prose[i + 1]);
        f[31] = bit(!prose[i] && s.words <= 20 && !s.endsSentence && i + 1 < n && prose[i + 1]);
    }

    /** The prose share and mean stop-word density of the rows within WINDOW of this one. */
    private static void windowFeatures(double[] f, int i, Shape[] shapes, boolean[] prose) {
        int n = shapes.length;
        int around = 0, count = 0;
        double stops = 0;
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
            if (j == i) continue;
            count++;
            if (prose[j]) around++;
            stops += shapes[j].stopDensity;
        }
        f[25] = count == 0 ? 0 : around / (double) count;
        f[32] = count == 0 ? 0 : stops / count;
    }

    /** 0 at the first prose row, 1 at the last, clamped to [-1, 2] outside; fixed values when the span is one row. */
    private static double placeInProseSpan(int i, int first, int last) {
        return last <= first
                ? (i == first ? 0.5 : i < first ? -1 : 2)
                : Math.max(-1, Math.min(2, (i - first) / (double) (last - first)));
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
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
        /** Number of tokens (runs of letters, or one CJK character each) and each one's stop-word languages. */
        int tokenCount;

        long[] tokenLanguages = new long[16];
        /** The learnt word weights: how many tokens the table knows, their sum, least and greatest. */
        int known;

        double wordSum, wordMin = Double.POSITIVE_INFINITY, wordMax = Double.NEGATIVE_INFINITY;
        private LineWords lexicon;
        private List<String> collected;
        /** The token being read, lower case, and its String hash so far. */
        private char[] token = new char[32];

        private int tokenLength, tokenHash;
        int words, indent, punctuation, digits, letters, capitalised, separators, cjk, cjkStops;
        boolean endsSentence, endsColon, labelPrefix, bullet, linkMark, timeOrDate, bracketMark, copyright, cjkSentence;
        double stopDensity;

        static Shape of(String raw, long[] languageHits, LineWords lexicon, List<String> collected) {
            Shape s = new Shape();
            s.lexicon = lexicon;
            s.collected = collected;
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
            scan(languageHits);
            char last = lastMeaningful(text);
            endsSentence = ".!?…。！？".indexOf(last) >= 0;
            endsColon = last == ':';
            char firstChar = text.isEmpty() ? ' ' : text.charAt(0);
            bullet = isBullet(text, firstChar);
            // Every branch of the pattern needs a digit, a separator, a digit, or "ago"/"vor": most lines
            // have none of these and skip the regex.
            timeOrDate = (digits > 0 && digitSeparatorDigit(text) || text.contains("ago") || text.contains("vor"))
                    && TIME.matcher(text).find();
            bracketMark |= firstChar == '[' || text.startsWith("***");
            cjkSentence = cjk >= 20 && cjkStops + punctuation >= 1;
            labelPrefix = hasLabelPrefix();
            if (words == 0) words = 1;
            // Unspaced CJK: a word is about two characters, so length counts as words would.
            if (cjk > 0) words = Math.max(words, cjk / 2);
        }

        /**
         * Walks the characters once: counts words, letters and marks, and looks each lower-cased token up
         * in the word table (learnt weights and stop-word languages, counting the page's hits per
         * language). ASCII skips the Unicode tables.
         */
        private void scan(long[] languageHits) {
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ascii = c < 0x80;
                if (ascii ? c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c)) {
                    if (!space) words++;
                    space = true;
                } else {
                    space = false;
                }
                if (ascii ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
                    letter(c, i, languageHits);
                    continue;
                }
                flush(languageHits);
                mark(c, i);
            }
            if (!space) words++;
            flush(languageHits);
        }

        /** A letter either ends the token (an unspaced CJK character) or extends it. */
        private void letter(char c, int i, long[] languageHits) {
            letters++;
            if (c >= 0x80 && (Character.isIdeographic(c) || isKana(c))) {
                cjk++;
                flush(languageHits);
                return;
            }
            if (c < 0x80) {
                char lower = c <= 'Z' ? (char) (c + 32) : c;
                if (tokenLength == 0) {
                    if (c <= 'Z') capitalised++;
                    wordMark(lower, i);
                }
                append(lower);
                return;
            }
            if (tokenLength == 0 && Character.isUpperCase(c)) capitalised++;
            append(Character.toLowerCase(c));
        }

        private void append(char c) {
            if (tokenLength == token.length) token = Arrays.copyOf(token, 2 * tokenLength);
            token[tokenLength++] = c;
            tokenHash = 31 * tokenHash + c;
        }

        /** Counts what a character that is not a letter says about the line. */
        private void mark(char c, int i) {
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) digits++;
            else if (isPunctuation(c)) punctuation++;
            else if (isSeparator(c)) separators++;
            else if (c == '_' && i > 0 && Character.isLetter(text.charAt(i - 1))) linkMark = true;
            else if (c == '。' || c == '！' || c == '？') cjkStops++;
            else if (c == '©') copyright = true;
            symbolMark(c, i);
        }

        /** The marks that start with a symbol: "@", ".com", "[img" and "[image". */
        private void symbolMark(char c, int i) {
            switch (c) {
                case '@' -> linkMark = true;
                case '.' -> linkMark |= at(i, ".com");
                case '[' -> bracketMark |= at(i, "[img") || at(i, "[image");
                default -> {}
            }
        }

        /** Ends the token: counts it, its learnt weight and its stop-word languages. */
        private void flush(long[] languageHits) {
            if (tokenLength == 0) return;
            int slot = lexicon.slotOf(token, tokenLength, tokenHash);
            double w = lexicon.weight(slot);
            if (!Double.isNaN(w)) {
                known++;
                wordSum += w;
                wordMin = Math.min(wordMin, w);
                wordMax = Math.max(wordMax, w);
            }
            if (collected != null) collected.add(new String(token, 0, tokenLength));
            long bits = lexicon.languages(slot);
            tokenLength = 0;
            tokenHash = 0;
            if (tokenCount == tokenLanguages.length) tokenLanguages = Arrays.copyOf(tokenLanguages, 2 * tokenCount);
            tokenLanguages[tokenCount++] = bits;
            for (int b = 0; bits != 0 && b < languageHits.length; b++) {
                if ((bits & (1L << b)) != 0) languageHits[b]++;
            }
        }

        /** A digit, then one of : . / -, then a digit: where the time and date patterns start. */
        private static boolean digitSeparatorDigit(String text) {
            for (int i = 0; i + 2 < text.length(); i++) {
                char c = text.charAt(i + 1);
                if ((c == ':' || c == '.' || c == '/' || c == '-')
                        && isAsciiDigit(text.charAt(i))
                        && isAsciiDigit(text.charAt(i + 2))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** "Read more: …", "Lea también: …", "LE PUEDE INTERESAR: …": a label, then a headline. */
        private boolean hasLabelPrefix() {
            int colon = text.indexOf(':');
            return colon > 0
                    && colon < 30
                    && colon < text.length() - 10
                    && text.substring(0, colon).split(" ").length <= 3
                    && !endsSentence;
        }

        private static boolean isPunctuation(char c) {
            return c == ',' || c == '.' || c == ';' || c == '，' || c == '、';
        }

        private static boolean isSeparator(char c) {
            return c == '|' || c == '•' || c == '·' || c == '»' || c == '›' || c == '/';
        }

        private static boolean isBullet(String text, char firstChar) {
            return "•·▪►▸*-–—+◦‣○●o".indexOf(firstChar) >= 0 && text.length() > 1 && text.charAt(1) == ' '
                    || firstChar >= '0' && firstChar <= '9' && text.matches("^\\d{1,2}[.)] .*");
        }

        /**
         * Link marks (http, www., .com, @), image marks ([img, [image) and copyright words, in any case, read
         * as the scan passes them: a word mark where a word starts (what lower-casing the whole line and
         * {@code contains} said, bar marks glued to the end of a longer word), the others at their first char.
         */
        private void wordMark(char lower, int i) {
            switch (lower) {
                case 'h' -> linkMark |= at(i, "http");
                case 'w' -> linkMark |= at(i, "www.");
                case 'a' -> copyright |= at(i, "all rights reserved");
                case 'c' -> copyright |= at(i, "copyright");
                default -> {}
            }
        }

        /**
         * Whether the lower-case ASCII word starts at i, in any case. The caller has matched its first char;
         * the second is checked before the loop, which most places fail (this runs on every 'a' and 'c').
         */
        private boolean at(int i, String lowerAscii) {
            int m = lowerAscii.length();
            if (i + m > text.length() || lower(text.charAt(i + 1)) != lowerAscii.charAt(1)) return false;
            for (int k = 2; k < m; k++) if (lower(text.charAt(i + k)) != lowerAscii.charAt(k)) return false;
            return true;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        int stopCount(long language) {
            int c = 0;
            for (int i = 0; i < tokenCount; i++) if ((tokenLanguages[i] & language) != 0) c++;
            return c;
        }

        boolean prose() {
            return tokenCount >= 10 && stopDensity >= 0.15 && text.length() >= 60
                    || cjkSentence
                    || tokenCount >= 30 && endsSentence;
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

    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(ago|vor)\\b");
}
