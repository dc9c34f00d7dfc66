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

    WordSlots(Collection<String> words) {
        this.mask = Integer.highestOneBit(Math.max(4, words.size() * 4)) - 1;
        this.keys = new char[mask + 1][];
        for (String w : words) {
            int slot = w.hashCode() & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = w.toCharArray();
        }
    }

    /** How many slots a value array needs. */
    int capacity() {
        return mask + 1;
    }

    /** The word's slot, or -1 when the table does not hold it. */
    int slotOf(CharSequence word) {
        int n = word.length();
        int h = 0;
        for (int i = 0; i < n; i++) h = 31 * h + word.charAt(i);
        for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (same(keys[slot], word)) return slot;
        }
        return -1;
    }

    private static boolean same(char[] k, CharSequence word) {
        if (k.length != word.length()) return false;
        for (int i = 0; i < k.length; i++) if (k[i] != word.charAt(i)) return false;
        return true;
    }
}
