package io.newsflow.enrich.topics;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into the word pieces of a BERT-style vocabulary (lower-cased, accents stripped, greedy
 * longest match, "##" marks a piece inside a word), as the uncased MiniLM tokenizer does. The topic
 * model keeps one learnt score per piece and topic, distilled from MiniLM's view of that piece, so it
 * needs the same pieces the model saw, without the model.
 */
final class WordPieces {

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final int MAX_WORD = 40;

    private final List<String> pieces;
    private final PieceTrie trie;

    WordPieces(List<String> pieces) {
        this.pieces = List.copyOf(pieces);
        this.trie = new PieceTrie(this.pieces);
    }

    List<String> pieces() {
        return pieces;
    }

    int size() {
        return pieces.size();
    }

    /** Appends the piece ids of {@code text} to {@code out} until it holds {@code max}; returns the count. */
    int split(String text, int[] out, int from, int max) {
        String s = text.toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        int n = from;
        int i = 0;
        int len = s.length();
        while (i < len && n < max) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                i++; // as BERT does: each Chinese character is a word of its own
            } else {
                while (i < len
                        && Character.isLetterOrDigit(s.charAt(i))
                        && Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                    i++;
                }
            }
            if (i - start > MAX_WORD) {
                continue;
            }
            n = word(s, start, i, out, n, max);
        }
        return n - from;
    }

    private int word(String s, int start, int end, int[] out, int n, int max) {
        int at = start;
        int written = n;
        while (at < end && written < max) {
            long match = trie.longest(s, at, end, at == start);
            if (match < 0) {
                return n; // no piece fits: the word is unknown as a whole, as in BERT
            }
            out[written++] = (int) match;
            at = (int) (match >>> 32);
        }
        return written;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
