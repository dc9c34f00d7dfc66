package io.newsflow.sink.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text, hashed to 64 bits. Words are compared case- and punctuation-blind (NFKC,
 * lower case, letters and digits only) so that a copy re-typeset with other quotes, dashes or
 * capitalisation still shares its shingles with the original.
 */
public final class Shingles {

    private Shingles() {}

    public static List<String> words(String text) {
        String norm = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean wordChar = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(norm.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Distinct hashes (sorted) of every run of {@code size} consecutive words (fewer words: none). */
    public static long[] hashes(String text, int size) {
        List<String> words = words(text);
        if (words.size() < size) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = Mix.mix64(words.get(i).hashCode());
        }
        long[] out = new long[words.size() - size + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < size; j++) {
                h = Mix.mix64(h ^ wordHashes[i + j]);
            }
            out[i] = h;
        }
        return distinct(out);
    }

    /** The distinct values, sorted: a MinHash signature depends on the set only, not on the order. */
    private static long[] distinct(long[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }
}
