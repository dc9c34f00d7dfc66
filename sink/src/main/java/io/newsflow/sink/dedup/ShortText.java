package io.newsflow.sink.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a text too short for five-word shingles (a headline-only page, a wire brief) is compared: by the
 * exact Jaccard similarity of its words, word pairs and triples, once the wire's trimmings are off. "UPDATE 2-ECB to reveal bad-loan hurdles -
 * sources" and "ECB to reveal bad-loan hurdles" are one headline; "Fed leaves rates on hold" and "BoE leaves
 * rates on hold" share most words but not their pairs and triples, and stay two.
 */
public final class ShortText {

    /** Fewer words than this, after trimming, and a text is deduplicated only exactly: too little to compare. */
    static final int MIN_WORDS = 4;
    /** Words an attribution after a dash or bar may have ("sources", "BBC News", "The Wall Street Journal"). */
    static final int MAX_SUFFIX_WORDS = 4;

    /** Wire desks' slugs before a headline: "UPDATE 2-", "EXCLUSIVE-", "BREAKING:", "RPT-". */
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:UPDATE|CORRECTED|REFILE|RPT|EXCLUSIVE|BREAKING|WRAPUP|ANALYSIS|FACTBOX|INSIGHT)(?:\\s+\\d+)?"
                    + "\\s*[-:–—]\\s*)+",
            Pattern.CASE_INSENSITIVE);
    /** The last " - ", " | ", " – " or " — " of a text: what follows may be an outlet or an attribution. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+[-|–—]\\s+([^-|–—]*)$");

    private static final long EDGE = 0x5DEECE66DL;
    private static final long PAIR = 0x2545F4914F6CDD1DL;
    private static final long TRIPLE = 0x9E3779B97F4A7C15L;

    private ShortText() {}

    /**
     * The text without a wire slug before it and an attribution or outlet after its last dash or bar, when
     * that tail is short ({@link #MAX_SUFFIX_WORDS} words) and at least {@link #MIN_WORDS} words stay
     * before it: "Dutch election - Wilders wins" keeps its tail, which is half the news.
     */
    public static String trimmed(String text) {
        String s = PREFIX.matcher(text.strip()).replaceFirst("");
        var m = SUFFIX.matcher(s);
        if (m.find()
                && Shingles.words(m.group(1)).size() <= MAX_SUFFIX_WORDS
                && Shingles.words(s.substring(0, m.start())).size() >= MIN_WORDS) {
            return s.substring(0, m.start());
        }
        return s;
    }

    /**
     * Distinct hashes (sorted) of the trimmed text's words, word pairs and word triples, the pairs including
     * the text's start and end: one word changed anywhere costs a short text a third or more of its terms,
     * so "Fed leaves rates on hold" is not "BoE leaves rates on hold". None when the text is too short.
     */
    public static long[] terms(String text) {
        List<String> words = Shingles.words(trimmed(text));
        if (words.size() < MIN_WORDS) {
            return new long[0];
        }
        long[] h = new long[words.size() + 2];
        h[0] = EDGE;
        h[h.length - 1] = EDGE;
        for (int i = 0; i < words.size(); i++) {
            h[i + 1] = Mix.mix64(words.get(i).hashCode());
        }
        long[] out = new long[3 * h.length];
        int n = 0;
        for (int i = 1; i < h.length; i++) {
            if (i < h.length - 1) {
                out[n++] = h[i];
            }
            out[n++] = Mix.mix64(h[i - 1] * 31 + h[i] + PAIR);
            if (i >= 2 && i < h.length - 1) {
                out[n++] = Mix.mix64(Mix.mix64(h[i - 2] * 31 + h[i - 1]) * 31 + h[i] + TRIPLE);
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }
}
