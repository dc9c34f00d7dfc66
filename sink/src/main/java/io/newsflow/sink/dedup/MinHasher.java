package io.newsflow.sink.dedup;

import java.util.Arrays;

/**
 * MinHash signatures: for each of n seeded hash functions, the least hash over a text's shingles. The
 * share of equal positions in two signatures estimates the Jaccard similarity of the shingle sets
 * (standard error sqrt(J(1-J)/n)). Seeds are fixed, so signatures written by one sink instance are
 * comparable with those of the next.
 */
public final class MinHasher {

    private final long[] seeds;

    public MinHasher(int functions) {
        if (functions < 1) {
            throw new IllegalArgumentException("functions must be positive: " + functions);
        }
        seeds = new long[functions];
        long s = 0x5EED_0F_5E11DL;
        for (int i = 0; i < functions; i++) {
            s = Mix.mix64(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    public int functions() {
        return seeds.length;
    }

    public Fingerprint fingerprint(long[] shingles) {
        return fingerprint(shingles, false);
    }

    /** The signature of a set of hashes; a short text's fingerprint also keeps the hashes (its terms). */
    public Fingerprint fingerprint(long[] shingles, boolean shortText) {
        int[] sig = new int[seeds.length];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (Mix.mix64(shingle ^ seeds[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return new Fingerprint(sig, shingles.length, shortText ? shingles : new long[0]);
    }
}
