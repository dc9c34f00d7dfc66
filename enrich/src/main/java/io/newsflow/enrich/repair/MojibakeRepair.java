package io.newsflow.enrich.repair;

import io.newsflow.enrich.decode.Utf8Lead;
import java.util.Arrays;
import java.util.List;

/**
 * Finds and reverses UTF-8 text that was decoded with a single-byte legacy charset.
 *
 * <p>For each candidate charset, a <em>span</em> is a maximal run of characters, starting at the
 * current position, whose bytes in that charset are one or more complete, valid multi-byte UTF-8
 * sequences. The span is decoded (repeatedly, for mojibake of mojibake) and the decoding replaces
 * it only when it lowers the {@link Badness} of the span in its context; the charset whose
 * decoding lowers it most wins. Text outside spans is never touched, so correct neighbours of a
 * broken span stay as they are. Thread-safe: no mutable state.
 */
final class MojibakeRepair {

    private static final int MAX_DEPTH = 3;
    /**
     * Longest span judged at once, in UTF-8 sequences. Longer runs are judged in pieces (exact,
     * as pieces end on sequence boundaries), which keeps a rejected long run from being
     * re-judged from every position inside it: the work stays linear in the text.
     */
    private static final int MAX_UNITS = 32;

    /** Characters that some charset maps to a UTF-8 lead byte (C2..F4). */
    private static final boolean[] MAYBE_LEAD = new boolean[0x10000];
    /** Characters that some charset maps to a UTF-8 continuation byte (80..BF). */
    private static final boolean[] MAYBE_CONTINUATION = new boolean[0x10000];

    static {
        for (LegacyCharset cs : LegacyCharset.ALL) {
            for (int c = 0x80; c < 0x10000; c++) {
                int b = cs.byteOf((char) c);
                if (Utf8Lead.sequenceLength(b) > 0) {
                    MAYBE_LEAD[c] = true;
                } else if (b >= 0x80 && b <= 0xBF) {
                    MAYBE_CONTINUATION[c] = true;
                }
            }
        }
    }

    private final List<LegacyCharset> charsets;

    MojibakeRepair(List<LegacyCharset> charsets) {
        this.charsets = List.copyOf(charsets);
    }

    /** Whether {@code s} has a character pair that could start a mojibake span in some charset. */
    static boolean mayContainMojibake(CharSequence s) {
        return mayContainMojibake(s, false);
    }

    /** As {@link #mayContainMojibake(CharSequence)}; {@code suspicious} also counts a lead before a space. */
    static boolean mayContainMojibake(CharSequence s, boolean suspicious) {
        for (int i = 0, last = s.length() - 1; i < last; i++) {
            char c = s.charAt(i);
            if (c >= 0x80
                    && MAYBE_LEAD[c]
                    && (MAYBE_CONTINUATION[s.charAt(i + 1)] || (suspicious && s.charAt(i + 1) == ' '))) {
                return true;
            }
        }
        return false;
    }

    /** The outcome of repairing a text with one charset: the text, total badness removed, spans replaced. */
    record Pass(String text, int gain, int spans, int charset, int fallbacks, int shrink, int common) {

        /**
         * More badness removed wins; then fewer C1 controls read back through the sloppy fallback;
         * then the pass that explains more characters as UTF-8 bytes ("‚Ä¶" is one MacRoman "…",
         * not "‚" and a windows-1252 "Ķ"); then the one giving more frequent accented letters.
         */
        boolean beats(Pass other) {
            if (other == null || gain != other.gain) {
                return other == null || gain > other.gain;
            }
            if (fallbacks != other.fallbacks) {
                return fallbacks < other.fallbacks;
            }
            return shrink != other.shrink ? shrink > other.shrink : common > other.common;
        }
    }

    /**
     * One pass over {@code s} with each charset; returns the pass that removed the most badness, or
     * null when none changed anything. A text is usually broken by a single wrong charset, so the
     * charsets compete over the whole text rather than span by span (windows-1250 and ISO-8859-2
     * share most letters but not all: judged over the text, the one that fits wins).
     *
     * @param suspicious bit {@code i} set when charset {@code i} already repaired spans in this text;
     *     that charset then also repairs spans whose badness it does not raise.
     */
    Pass repairOnce(String s, int suspicious) {
        int[] starts = candidateStarts(s, suspicious != 0);
        if (starts.length == 0) {
            return null;
        }
        Pass best = null;
        for (int c = 0; c < charsets.size(); c++) {
            boolean known = (suspicious & (1 << c)) != 0;
            Pass pass = repairWith(c, s, known, starts);
            if (pass != null && !known && pass.gain < minimumGain(charsets.get(c))) {
                continue;
            }
            if (pass != null && pass.beats(best)) {
                best = pass;
            }
        }
        return best;
    }

    /**
     * Badness a whole pass must remove before a charset is believed in a text. MacRoman and IBM437
     * show UTF-8 as symbols that emoticons, maths and line art use too ("`¬´", "√π", "∆°"): one
     * weak span is not enough for them.
     */
    private static int minimumGain(LegacyCharset cs) {
        return cs.name().equals("x-MacRoman") || cs.name().equals("IBM437") ? 2 : 1;
    }

    /** Positions where some charset may start a span: one cheap scan shared by all charsets. */
    private static int[] candidateStarts(String s, boolean suspicious) {
        int[] starts = new int[8];
        int count = 0;
        for (int i = 0, last = s.length() - 1; i < last; i++) {
            char c = s.charAt(i);
            if (c < 0x80 || !MAYBE_LEAD[c]) {
                continue;
            }
            char d = s.charAt(i + 1);
            if (MAYBE_CONTINUATION[d] || (d == ' ' && suspicious)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private Pass repairWith(int charset, String s, boolean suspicious, int[] starts) {
        LegacyCharset cs = charsets.get(charset);
        StringBuilder out = null;
        int n = s.length();
        int copied = 0;
        int gain = 0;
        int spans = 0;
        int fallbacks = 0;
        int common = 0;
        for (int i : starts) {
            if (i < copied) {
                continue; // inside a span already replaced
            }
            int prev = i == 0 ? -1 : previousCodePoint(out, s, copied, i);
            Candidate candidate = bestDecoding(cs, s, i, prev, suspicious);
            if (candidate == null) {
                candidate = LostByte.decoding(cs, s, i, prev, suspicious);
            }
            if (candidate == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copied, i).append(candidate.text);
            fallbacks += fallbacks(cs, s, i, candidate.end);
            common += Badness.commonLetters(candidate.text);
            copied = candidate.end;
            gain += candidate.gain;
            spans++;
        }
        if (out == null) {
            return null;
        }
        String text = out.append(s, copied, n).toString();
        return new Pass(text, gain, spans, charset, fallbacks, s.length() - text.length(), common);
    }

    /**
     * C1 controls in {@code s[from, to)} that {@code cs} only accepts through its sloppy fallback:
     * its own decoder would have shown that byte as another character, so they count against it.
     */
    private static int fallbacks(LegacyCharset cs, String s, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 0x80 && c < 0xA0 && cs.charOf(cs.byteOf(c)) != c) {
                count++;
            }
        }
        return count;
    }

    private static int previousCodePoint(StringBuilder out, String s, int copied, int i) {
        if (copied < i || out == null) {
            return Character.codePointBefore(s, i);
        }
        return out.length() == 0 ? -1 : Character.codePointBefore(out, out.length());
    }

    record Candidate(String text, int end, int gain) {}

    private static Candidate bestDecoding(LegacyCharset cs, String s, int start, int prev, boolean suspicious) {
        int end = spanEnd(cs, s, start, s.length());
        if (end < 0) {
            return null;
        }
        int next = end < s.length() ? Character.codePointAt(s, end) : -1;
        String original = s.substring(start, end);
        int before = Badness.of(prev, original, next, suspicious);
        String current = original;
        String bestText = null;
        // Known mojibake in this charset: a decoding that is no worse and has no rare character is
        // taken too (ties go to repair).
        int bestScore = before + 1;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (depth > 0 && spanEnd(cs, current, 0, current.length()) != current.length()) {
                break;
            }
            current = decode(cs, current);
            int score = Badness.of(prev, current, next, suspicious);
            boolean better = score < before || (suspicious && score == before && Badness.rarity(current) == 0);
            if (better && score < bestScore && score < Badness.IMPOSSIBLE) {
                bestScore = score;
                bestText = current;
            }
        }
        return bestText == null ? null : new Candidate(bestText, end, before - bestScore);
    }

    /**
     * The end of the maximal run of valid multi-byte UTF-8 sequences starting at {@code start}
     * when the characters are encoded in {@code cs}, or -1 if none starts there.
     */
    static int spanEnd(LegacyCharset cs, CharSequence s, int start, int limit) {
        int j = start;
        int units = 0;
        while (j < limit && units++ < MAX_UNITS) {
            int len = sequenceLength(cs, s, j, limit);
            if (len == 0) {
                break;
            }
            j += len;
        }
        return j > start ? j : -1;
    }

    /** Length in chars of the valid multi-byte UTF-8 sequence at {@code j}, or 0. */
    private static int sequenceLength(LegacyCharset cs, CharSequence s, int j, int limit) {
        int lead = cs.byteOf(s.charAt(j));
        int len = Utf8Lead.sequenceLength(lead);
        if (len == 0 || j + len > limit) {
            return 0;
        }
        int cp = lead & (0x7F >> len); // the lead's own bits: 5, 4 or 3 of them
        for (int k = 1; k < len; k++) {
            int b = cs.byteOf(s.charAt(j + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        return isOverlongOrNoScalar(len, cp) ? 0 : len;
    }

    /**
     * A three- or four-byte sequence for a code point a shorter one encodes, a surrogate, or a code
     * point beyond U+10FFFF: not UTF-8. (A two-byte sequence cannot be overlong: its lead is at least C2.)
     */
    private static boolean isOverlongOrNoScalar(int len, int cp) {
        return (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
    }

    /** Decodes a span known to be valid UTF-8 in {@code cs}. */
    private static String decode(LegacyCharset cs, String span) {
        StringBuilder out = new StringBuilder(span.length());
        int j = 0;
        while (j < span.length()) {
            int lead = cs.byteOf(span.charAt(j));
            int len = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            int cp = lead & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
            for (int k = 1; k < len; k++) {
                cp = (cp << 6) | (cs.byteOf(span.charAt(j + k)) & 0x3F);
            }
            out.appendCodePoint(cp);
            j += len;
        }
        return out.toString();
    }
}
