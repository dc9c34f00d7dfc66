package io.newsflow.enrich.decode;

import java.util.Optional;

/** Recognises bodies that are not text at all (images, archives, PDFs, NUL-heavy data) before any parsing. */
public final class BinarySniffer {
    private static final int SAMPLE = 4096;
    /** A byte of a signature that may have any value (the chunk size of RIFF, the box size of MP4). */
    private static final int ANY = -1;

    /** A file format known by its first bytes; {@code minLength} guards formats recognised by a later byte. */
    private record Signature(String what, int minLength, int... magic) {
        boolean matches(byte[] b) {
            if (b.length < minLength) return false;
            for (int i = 0; i < magic.length; i++) {
                if (magic[i] != ANY && (b[i] & 0xFF) != magic[i]) return false;
            }
            return true;
        }
    }

    private static final Signature[] SIGNATURES = {
        new Signature("PNG image", 4, 0x89, 'P', 'N', 'G'),
        new Signature("JPEG image", 3, 0xFF, 0xD8, 0xFF),
        new Signature("GIF image", 4, 'G', 'I', 'F', '8'),
        new Signature("WebP image", 13, 'R', 'I', 'F', 'F', ANY, ANY, ANY, ANY, 'W', 'E'),
        new Signature("PDF document", 4, '%', 'P', 'D', 'F'),
        new Signature("ZIP archive", 4, 'P', 'K', 3, 4),
        new Signature("gzip data", 2, 0x1F, 0x8B),
        new Signature("MP4 video", 9, 0, 0, 0, ANY, 'f', 't'),
    };

    private BinarySniffer() {}

    /** Why the body is binary, or empty when it may be text. */
    public static Optional<String> whyBinary(byte[] b) {
        for (Signature signature : SIGNATURES) {
            if (signature.matches(b)) return Optional.of(signature.what());
        }
        // UTF-16 and UTF-32 text has many NULs, in a pattern data does not have.
        if (UtfWidth.byBom(b).isPresent() || UtfWidth.withoutBom(b).isPresent()) return Optional.empty();
        return whyBinaryByControlBytes(b);
    }

    /** Too many NULs or other C0 controls in the first {@link #SAMPLE} bytes for text in any 8-bit charset. */
    private static Optional<String> whyBinaryByControlBytes(byte[] b) {
        int n = Math.min(b.length, SAMPLE), nul = 0, control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) nul++;
            else if (isControlNotInText(c)) control++;
        }
        if (n > 0 && nul * 100 > n) return Optional.of("NUL bytes in body");
        // Text in any charset has next to no C0 controls; random or compressed data has about one byte in ten.
        if (n >= 64 && (control + nul) * 20 > n) return Optional.of("control bytes in body");
        return Optional.empty();
    }

    /** A C0 control or DEL other than the whitespace controls (tab to carriage return) and ESC (ISO-2022). */
    private static boolean isControlNotInText(int c) {
        return c < 9 || (c > 13 && c < 32 && c != 27) || c == 0x7F;
    }
}
