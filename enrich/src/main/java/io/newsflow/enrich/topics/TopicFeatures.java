package io.newsflow.enrich.topics;

import io.newsflow.enrich.language.LanguageDetector;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the topic model reads from an article, the same in training and in the stream. Two views:
 *
 * <ul>
 *   <li>hashed features: lower-cased words, word pairs, the title's words once more (a headline says
 *       more per word), and the 4-letter pieces of longer words (they carry a topic across inflections
 *       and compounds: "Fußballspiel" shares "fußb" with "Fußball"). Scripts written without spaces
 *       (Chinese, Japanese, Thai) give letter pairs instead of words. Each feature is hashed into
 *       {@value #BITS} bits; values are 1 + log(count), scaled to sum to 1, so that the logits keep one scale
 *       from headline to long read;
 *   <li>word pieces ({@link WordPieces}) of the title (twice) and the body, for the distilled
 *       sentence-model part.
 * </ul>
 *
 * <p>A non-English article's words' English glosses ({@link Glossary}) are read after it, in both views.
 */
final class TopicFeatures {

    static final int BITS = 18;
    static final int BUCKETS = 1 << BITS;
    /** The body words read; news says what it is about early, and cost grows with length. */
    static final int BODY_WORDS = 400;

    private static final int PIECE = 4;

    /** The word pieces read: title twice and ~{@value #BODY_WORDS} words of body. */
    static final int MAX_PIECES = 640;

    /** The pieces read from an article's English glosses ({@link Glossary}), after its own. */
    static final int GLOSS_PIECES = 320;

    /**
     * What a hashed feature that only the glosses gave counts for, against the article's own words: a gloss is a
     * guess among a word's senses ("duel" reads "battle conflict fight", "kraker" reads "squatter"), and in a short
     * headline such guesses outnumber the names and words the article itself gives.
     */
    static final double GLOSS_WEIGHT = 0.5;

    /** Sparse unit vector: distinct bucket ids and their values. */
    record Vector(int[] ids, float[] values) {}

    /**
     * Both views of one article. The pieces open with the title's (twice) and the body's first {@value
     * MeaningModel#LEAD_WORDS} words': the first {@code leadPieces} of them are what the meaning vector reads,
     * so it is not split a second time. The first {@code ownPieces} are the article's own (its glosses follow);
     * {@code english} says which of the {@link Temperature}'s curves scores it.
     */
    record Article(Vector hashed, int[] pieces, int leadPieces, int ownPieces, boolean english) {}

    private TopicFeatures() {}

    static Article of(String title, String body, WordPieces vocabulary) {
        return of(title, body, "", vocabulary);
    }

    /** Both views of an article in {@code language}, with its words' English glosses if it is not English. */
    static Article read(String title, String body, String language, WordPieces vocabulary) {
        String gloss = Glossary.shared().gloss(title + "\n" + body, language, BODY_WORDS);
        return of(title, body, gloss, english(language), vocabulary);
    }

    /** English, or a language not told: what the model learnt most of, calibrated on English news. */
    static boolean english(String language) {
        return language == null
                || language.isBlank()
                || language.equals("en")
                || language.equals(LanguageDetector.UNKNOWN);
    }

    /**
     * Both views of an article; {@code gloss} is its words' English glosses ({@link Glossary}, empty for
     * English), read as English words and pieces after the article's own.
     */
    static Article of(String title, String body, String gloss, WordPieces vocabulary) {
        return of(title, body, gloss, gloss.isEmpty(), vocabulary);
    }

    private static Article of(String title, String body, String gloss, boolean english, WordPieces vocabulary) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        int[] out = new int[MAX_PIECES + GLOSS_PIECES];
        int n = vocabulary.split(t, out, 0, MAX_PIECES / 4);
        System.arraycopy(out, 0, out, n, n); // the title counts twice; split it once
        n *= 2;
        String read = b.length() > BODY_WORDS * 8 ? b.substring(0, BODY_WORDS * 8) : b;
        // The lead ends at a space, so its pieces and the rest's are the whole body's, split once.
        String lead = MeaningModel.lead(read);
        n += vocabulary.split(lead, out, n, MAX_PIECES);
        int leadPieces = n;
        n += vocabulary.split(read.substring(lead.length()), out, n, MAX_PIECES);
        int own = n;
        n += vocabulary.split(gloss, out, n, n + GLOSS_PIECES);
        return new Article(hashed(t, b, gloss), Arrays.copyOf(out, n), leadPieces, own, english);
    }

    static Vector hashed(String title, String body, String gloss) {
        Counter c = new Counter();
        String t = title.toLowerCase(Locale.ROOT);
        words(t, c, Integer.MAX_VALUE, 't');
        words(t, c, Integer.MAX_VALUE, 'w');
        words(body.toLowerCase(Locale.ROOT), c, BODY_WORDS, 'w');
        c.glossing = true;
        words(gloss, c, BODY_WORDS, 'g');
        return c.vector();
    }

    /**
     * Emits features for up to {@code max} words of lower-cased {@code s}; kind 't' marks title words, 'g'
     * English glosses: hashed as body words, so they share what English news taught, but without pairs.
     */
    private static void words(String s, Counter c, int max, char kind) {
        int n = s.length();
        int i = 0;
        int count = 0;
        long previous = 0;
        while (i < n && count < max) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                if (!Character.isWhitespace(cp) && cp != '-' && cp != '\'' && cp != '’') {
                    previous = 0; // punctuation ends a phrase: no pair across it
                }
                continue;
            }
            int start = i;
            boolean unspaced = unspaced(cp);
            while (i < n) {
                int d = s.codePointAt(i);
                if (!Character.isLetterOrDigit(d) || unspaced(d) != unspaced) {
                    break;
                }
                i += Character.charCount(d);
            }
            if (unspaced) {
                count += letterPairs(s, start, i, c, kind);
                previous = 0;
                continue;
            }
            long h = hash(s, start, i, kind == 'g' ? 'w' : kind);
            c.add(h);
            count++;
            if (kind == 'g') {
                pieces(s, start, i, c);
            } else if (kind == 'w') {
                if (previous != 0) {
                    c.add(mix(previous * 31 + h));
                }
                previous = h;
                pieces(s, start, i, c);
            }
        }
    }

    private static void pieces(String s, int start, int end, Counter c) {
        if (end - start <= PIECE) {
            return;
        }
        for (int p = start; p + PIECE <= end; p++) {
            c.add(hash(s, p, p + PIECE, 'p'));
        }
    }

    private static int letterPairs(String s, int start, int end, Counter c, char kind) {
        int emitted = 0;
        int p = start;
        while (p < end) {
            int next = p + Character.charCount(s.codePointAt(p));
            if (next >= end) {
                if (emitted == 0) {
                    c.add(hash(s, p, next, kind));
                    emitted++;
                }
                break;
            }
            int after = next + Character.charCount(s.codePointAt(next));
            c.add(hash(s, p, after, kind));
            emitted++;
            p = next;
        }
        return emitted;
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }

    /** FNV-1a over the chars, seeded by the feature kind, then mixed. */
    private static long hash(String s, int start, int end, char kind) {
        long h = 0xcbf29ce484222325L ^ kind;
        for (int k = start; k < end; k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Counts bucket hits in a small open-addressed table; an article has a few thousand features. */
    private static final class Counter {
        private int[] ids = new int[256];
        private int[] counts = new int[256];
        private boolean[] own = new boolean[256];
        private int size;
        private boolean glossing;

        void add(long h) {
            int id = (int) (h & (BUCKETS - 1));
            int mask = ids.length - 1;
            int slot = Integer.hashCode(id * 0x9E3779B9) & mask;
            while (counts[slot] != 0 && ids[slot] != id) {
                slot = (slot + 1) & mask;
            }
            if (counts[slot] == 0) {
                ids[slot] = id;
                if (++size * 2 > ids.length) {
                    counts[slot] = 1;
                    own[slot] = !glossing;
                    grow();
                    return;
                }
            }
            counts[slot]++;
            own[slot] |= !glossing;
        }

        private void grow() {
            int[] oldIds = ids;
            int[] oldCounts = counts;
            boolean[] oldOwn = own;
            ids = new int[oldIds.length * 2];
            counts = new int[oldIds.length * 2];
            own = new boolean[oldIds.length * 2];
            int mask = ids.length - 1;
            for (int k = 0; k < oldIds.length; k++) {
                if (oldCounts[k] != 0) {
                    int slot = Integer.hashCode(oldIds[k] * 0x9E3779B9) & mask;
                    while (counts[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    ids[slot] = oldIds[k];
                    counts[slot] = oldCounts[k];
                    own[slot] = oldOwn[k];
                }
            }
        }

        Vector vector() {
            int[] outIds = new int[size];
            float[] values = new float[size];
            int k = 0;
            double norm = 0;
            for (int slot = 0; slot < ids.length; slot++) {
                if (counts[slot] != 0) {
                    outIds[k] = ids[slot];
                    values[k] = (float) ((1 + Math.log(counts[slot])) * (own[slot] ? 1 : GLOSS_WEIGHT));
                    norm += values[k];
                    k++;
                }
            }
            float scale = norm == 0 ? 0 : (float) (1 / norm);
            for (int j = 0; j < values.length; j++) {
                values[j] *= scale;
            }
            return new Vector(Arrays.copyOf(outIds, k), values);
        }
    }
}
