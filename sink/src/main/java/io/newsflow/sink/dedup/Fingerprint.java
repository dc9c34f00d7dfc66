package io.newsflow.sink.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A text's MinHash signature and how many distinct shingles it had; for a text too short for shingles, also
 * its {@link ShortText#terms} themselves, which are few and tell apart what an estimate cannot.
 *
 * @param signature least hash per hash function
 * @param shingles  distinct shingles (for a short text, distinct terms): too few and the estimate means nothing
 * @param terms     a short text's terms, sorted; empty for a text compared by shingles
 */
public record Fingerprint(int[] signature, int shingles, long[] terms) {

    /** Prefix of the store form of a short text's fingerprint (not a Base64 character: old entries have none). */
    private static final String SHORT = "s:";

    public Fingerprint {
        terms = terms == null ? new long[0] : terms;
    }

    public Fingerprint(int[] signature, int shingles) {
        this(signature, shingles, new long[0]);
    }

    /** True when the text was too short for shingles: it is only compared with another short text. */
    public boolean shortText() {
        return terms.length > 0;
    }

    /**
     * Jaccard similarity of the two texts: exact over the terms of two short texts, else estimated as the
     * share of equal signature positions.
     */
    public double jaccard(Fingerprint other) {
        if (shortText() && other.shortText()) {
            return exactJaccard(terms, other.terms);
        }
        if (other.signature.length != signature.length) {
            throw new IllegalArgumentException("signatures of different lengths cannot be compared");
        }
        int equal = 0;
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] == other.signature[i]) {
                equal++;
            }
        }
        return (double) equal / signature.length;
    }

    private static double exactJaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) both / (a.length + b.length - both);
    }

    /** Compact store form: Base64 of the shingle count and the signature (and of a short text's terms). */
    public String encode() {
        ByteBuffer buf = ByteBuffer.allocate(4 + 4 * signature.length).putInt(shingles);
        for (int h : signature) {
            buf.putInt(h);
        }
        String sig = Base64.getEncoder().withoutPadding().encodeToString(buf.array());
        if (!shortText()) {
            return sig;
        }
        ByteBuffer t = ByteBuffer.allocate(8 * terms.length);
        for (long h : terms) {
            t.putLong(h);
        }
        return SHORT + sig + ":" + Base64.getEncoder().withoutPadding().encodeToString(t.array());
    }

    public static Fingerprint decode(String stored) {
        long[] terms = new long[0];
        String encoded = stored;
        if (stored.startsWith(SHORT)) {
            int colon = stored.indexOf(':', SHORT.length());
            encoded = stored.substring(SHORT.length(), colon);
            ByteBuffer t = ByteBuffer.wrap(Base64.getDecoder().decode(stored.substring(colon + 1)));
            terms = new long[t.remaining() / 8];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = t.getLong();
            }
        }
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int shingles = buf.getInt();
        int[] sig = new int[buf.remaining() / 4];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getInt();
        }
        return new Fingerprint(sig, shingles, terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f
                && f.shingles == shingles
                && Arrays.equals(f.signature, signature)
                && Arrays.equals(f.terms, terms);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(signature) + shingles) + Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + (shortText() ? " short-text terms]" : " shingles]");
    }
}
