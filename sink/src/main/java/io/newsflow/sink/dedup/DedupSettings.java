package io.newsflow.sink.dedup;

import java.time.Duration;

/**
 * How near-duplicates are found.
 *
 * @param shingleWords words per shingle: 5 keeps shared stock phrases from looking like shared text
 * @param bands        LSH bands; bands x rows hash functions make the signature
 * @param rows         signature rows per band: with 42 x 3 a pair at Jaccard 0.6 becomes a candidate
 *                     with probability 1-(1-0.6^3)^42 > 0.9999, one at 0.2 with about 0.29
 * @param threshold    estimated Jaccard at or above which a candidate is a copy
 * @param minShingles  texts with fewer distinct shingles are compared as short texts, by their words and
 *                     word pairs ({@link ShortText})
 * @param shortThreshold Jaccard of two short texts' words, pairs and triples at or above which one copies
 *                     the other: high, because headlines of look-alike events share most of their words
 * @param window       how long an original is remembered: syndication happens within days
 */
public record DedupSettings(
        int shingleWords,
        int bands,
        int rows,
        double threshold,
        int minShingles,
        double shortThreshold,
        Duration window) {

    public DedupSettings {
        if (shingleWords < 1 || bands < 1 || rows < 1 || minShingles < 1) {
            throw new IllegalArgumentException("shingleWords, bands, rows and minShingles must be positive");
        }
        if (threshold <= 0 || threshold > 1 || shortThreshold <= 0 || shortThreshold > 1) {
            throw new IllegalArgumentException(
                    "threshold and shortThreshold must be in (0, 1]: " + threshold + ", " + shortThreshold);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    public static DedupSettings defaults() {
        return new DedupSettings(5, 42, 3, 0.5, 20, 0.8, Duration.ofDays(7));
    }
}
