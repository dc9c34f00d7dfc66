package io.newsflow.sink.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A text's MinHash signature and how many distinct shingles it had.
 *
 * @param signature least hash per hash function
 * @param shingles  distinct shingles in the text: too few and the estimate means nothing
 */
public record Fingerprint(int[] signature, int shingles) {

    /** Estimated Jaccard similarity of the two shingle sets: the share of equal signature positions. */
    public double jaccard(Fingerprint other) {
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

    /** Compact store form: Base64 of the shingle count and the signature. */
    public String encode() {
        ByteBuffer buf = ByteBuffer.allocate(4 + 4 * signature.length).putInt(shingles);
        for (int h : signature) {
            buf.putInt(h);
        }
        return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    public static Fingerprint decode(String encoded) {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int shingles = buf.getInt();
        int[] sig = new int[buf.remaining() / 4];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getInt();
        }
        return new Fingerprint(sig, shingles);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.shingles == shingles && Arrays.equals(f.signature, signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingles + " shingles]";
    }
}
