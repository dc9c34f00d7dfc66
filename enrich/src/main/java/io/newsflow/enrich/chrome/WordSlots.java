package io.newsflow.enrich.chrome;

import java.util.Collection;

/**
 * An open-addressing table of words, each at its own slot, looked up from a token's chars without making
 * a String of it: the per-line look-ups of the stop-word lists and the learnt line words. The caller keeps
 * its values in an array indexed by slot. Immutable.
 */
final class WordSlots {

    private final int mask;
    private final char[][] keys;
    /** The longest word, in chars: a longer token is none, without a probe. */
    private final int longest;

    WordSlots(Collection<String> words) {
        this.mask = Integer.highestOneBit(Math.max(4, words.size() * 4)) - 1;
        this.keys = new char[mask + 1][];
        int max = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
            int slot = w.hashCode() & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = w.toCharArray();
        }
        this.longest = max;
    }

    /** How many slots a value array needs. */
    int capacity() {
        return mask + 1;
    }

    /** The word's slot, or -1 when the table does not hold it. */
    int slotOf(String word) {
        return slotOf(word.toCharArray(), word.length(), word.hashCode());
    }

    /**
     * The slot of the word in {@code chars[0..length)}, or -1 when the table does not hold it; {@code hash}
     * is what {@link String#hashCode} would give for it, summed by the caller as it read the chars.
     */
    int slotOf(char[] chars, int length, int hash) {
        if (length > longest) return -1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (same(keys[slot], chars, length)) return slot;
        }
        return -1;
    }

    private static boolean same(char[] k, char[] chars, int length) {
        if (k.length != length) return false;
        for (int i = 0; i < length; i++) if (k[i] != chars[i]) return false;
        return true;
    }
}
