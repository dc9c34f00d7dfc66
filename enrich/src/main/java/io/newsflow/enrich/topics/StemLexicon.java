package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's glossary words by Snowball stem. Where several words share a stem, the one spelled most like the
 * word asked for is meant: "négociations" is "négociation" (negotiation), not "négociant" (trader); "avenir" is
 * itself (future), not "aven" (sinkhole). Most like: the longest glossary word the word begins with, else the
 * shortest, as every word was read before. Read-only once built.
 */
final class StemLexicon {

    /** A stem of one word: its gloss. */
    private final Map<String, String> single = new HashMap<>();

    /** A stem of several words: words and glosses, alternating. */
    private final Map<String, String[]> shared = new HashMap<>();

    /**
     * Puts a glossary word under its stem in {@code byStem} (stem to words and glosses, alternating), as the glossary
     * is read; a word met again keeps its first gloss.
     */
    static void add(Map<String, List<String>> byStem, String stem, String word, String gloss) {
        List<String> words = byStem.computeIfAbsent(stem, k -> new ArrayList<>(2));
        for (int i = 0; i < words.size(); i += 2) {
            if (words.get(i).equals(word)) {
                return;
            }
        }
        words.add(word);
        words.add(gloss);
    }

    /** The lexicon of the words {@link #add} put under their stems. */
    static StemLexicon of(Map<String, List<String>> byStem) {
        StemLexicon lexicon = new StemLexicon();
        byStem.forEach((stem, words) -> {
            if (words.size() == 2) {
                lexicon.single.put(stem, words.get(1));
            } else {
                lexicon.shared.put(stem, words.toArray(String[]::new));
            }
        });
        return lexicon;
    }

    /** The gloss of {@code word}, whose stem is {@code stem}; null when no glossary word has that stem. */
    String gloss(String word, String stem) {
        String one = single.get(stem);
        if (one != null) {
            return one;
        }
        String[] several = shared.get(stem);
        if (several == null) {
            return null;
        }
        int best = 0;
        for (int i = 2; i < several.length; i += 2) {
            if (closer(word, several[i], several[best])) {
                best = i;
            }
        }
        return several[best + 1];
    }

    /**
     * Whether {@code a} is meant by {@code word} rather than {@code b}: a word is its lemma with an ending, so the
     * longest glossary word that {@code word} begins with (itself included) is meant; where none is, the shortest.
     */
    private static boolean closer(String word, String a, String b) {
        boolean ia = word.startsWith(a);
        boolean ib = word.startsWith(b);
        if (ia != ib) {
            return ia;
        }
        return ia ? a.length() > b.length() : a.length() < b.length();
    }
}
