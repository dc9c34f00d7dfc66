package io.newsflow.enrich.decode;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Recognises UTF-16 and UTF-32 by their byte-order mark or, without one, by where the zero bytes fall:
 * markup and Latin text in UTF-16LE have a zero in nearly every odd byte and almost never in an even one,
 * UTF-32LE in bytes 2 and 3 of every four. Random or compressed data has zeros in about one byte in 256
 * at every position, so it is never taken for either.
 */
final class UtfWidth {
    private static final int SAMPLE = 4096;

    /** A charset and how many bytes of byte-order mark to skip. */
    record Found(Charset charset, int bomLength) {}

    private UtfWidth() {}

    static Optional<Found> byBom(byte[] b) {
        // UTF-32LE's mark starts with UTF-16LE's, so the longer one is tried first.
        if (startsWith(b, 0xFF, 0xFE, 0, 0)) return found("UTF-32LE", 4);
        if (startsWith(b, 0, 0, 0xFE, 0xFF)) return found("UTF-32BE", 4);
        if (startsWith(b, 0xFE, 0xFF)) return found("UTF-16BE", 2);
        if (startsWith(b, 0xFF, 0xFE)) return found("UTF-16LE", 2);
        return Optional.empty();
    }

    static Optional<Found> withoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~3;
        if (n < 16) return Optional.empty();
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) zeros[i & 3]++;
        }
        double quarter = n / 4.0;
        double[] z = {zeros[0] / quarter, zeros[1] / quarter, zeros[2] / quarter, zeros[3] / quarter};
        Optional<Found> wide = utf32(z);
        return wide.isPresent() ? wide : utf16(z);
    }

    /** {@code z}: the share of zero bytes at each position modulo 4. */
    private static Optional<Found> utf32(double[] z) {
        if (z[2] > 0.9 && z[3] > 0.9 && z[0] < 0.1) return found("UTF-32LE", 0);
        if (z[0] > 0.9 && z[1] > 0.9 && z[3] < 0.1) return found("UTF-32BE", 0);
        return Optional.empty();
    }

    private static Optional<Found> utf16(double[] z) {
        double even = (z[0] + z[2]) / 2, odd = (z[1] + z[3]) / 2;
        if (odd > 0.3 && even < 0.02) return found("UTF-16LE", 0);
        if (even > 0.3 && odd < 0.02) return found("UTF-16BE", 0);
        return Optional.empty();
    }

    private static Optional<Found> found(String charset, int bom) {
        return Optional.of(new Found(Charset.forName(charset), bom));
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }
}
