package io.newsflow.enrich.repair;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * A single-byte legacy charset as a pair of tables: byte to char (how UTF-8 bytes were wrongly
 * read) and char to byte (how to get the bytes back). Built from the JDK's {@link Charset}s; no
 * table is written by hand.
 *
 * <p>"Sloppy" Windows code pages: bytes the code page leaves undefined decode to the C1 control
 * (or Latin-1 character) with the same number, as browsers and many decoders do, so those bytes
 * survive the wrong decoding and can be recovered. For the same reason the Windows code pages
 * also accept every C1 control U+0080..U+009F back as its own byte, which makes windows-1252
 * cover ISO-8859-1 mojibake as well (the two agree on every other byte).
 */
final class LegacyCharset {

    /** The charsets tried, in order of preference when two repairs are equally good. */
    static final List<LegacyCharset> ALL = List.of(
            sloppy("windows-1252"),
            sloppy("windows-1251"),
            sloppy("windows-1250"),
            exact("ISO-8859-2"),
            exact("x-MacRoman"),
            exact("IBM437"),
            sloppy("x-windows-874"));

    /** ISO-8859-1; not in {@link #ALL} because windows-1252 (sloppy) already covers it. */
    static final LegacyCharset LATIN_1 = exact("ISO-8859-1");

    private final String name;
    private final char[] toChar = new char[256];
    private final short[] toByte = new short[0x10000];
    /** UTF-8 continuation bytes (80..BF) this charset leaves undefined: the ones that get lost. */
    private final byte[] undefinedContinuations;

    private LegacyCharset(String name, boolean sloppy) {
        this.name = name;
        Charset charset = Charset.forName(name);
        Arrays.fill(toByte, (short) -1);
        byte[] undefined = new byte[64];
        int undefinedCount = 0;
        for (int b = 0; b < 256; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            if (c == '\uFFFD' && b >= 0x80 && b <= 0xBF) {
                undefined[undefinedCount++] = (byte) b;
            }
            if (c == '\uFFFD') {
                c = sloppy ? (char) b : '\uFFFD';
            }
            toChar[b] = c;
            if (c != '\uFFFD' && toByte[c] < 0) {
                toByte[c] = (short) b;
            }
        }
        undefinedContinuations = Arrays.copyOf(undefined, undefinedCount);
        if (sloppy) {
            for (int b = 0x80; b < 0xA0; b++) {
                if (toByte[b] < 0) {
                    toByte[b] = (short) b;
                }
            }
        }
    }

    private static LegacyCharset sloppy(String name) {
        return new LegacyCharset(name, true);
    }

    private static LegacyCharset exact(String name) {
        return new LegacyCharset(name, false);
    }

    String name() {
        return name;
    }

    /** The byte this charset writes for {@code c}, or -1 if it has none. */
    int byteOf(char c) {
        return toByte[c];
    }

    /** The character this charset reads for byte {@code b} (0..255). */
    char charOf(int b) {
        return toChar[b & 0xFF];
    }

    /** Continuation bytes this charset cannot show; a decoder may have dropped them. */
    byte[] undefinedContinuations() {
        return undefinedContinuations.clone();
    }

    /** Whether byte A0 is the no-break space here, which text pipelines often turn into a space. */
    boolean hasNoBreakSpaceAtA0() {
        return toChar[0xA0] == '\u00A0';
    }

    /** Decodes bytes as this charset would (the wrong decoding that makes mojibake). */
    String decode(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = toChar[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    /** Whether every character of {@code s} has a byte in this charset. */
    boolean canEncode(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (toByte[s.charAt(i)] < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
