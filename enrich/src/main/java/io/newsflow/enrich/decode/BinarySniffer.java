package io.newsflow.enrich.decode;

import java.util.Optional;

/** Recognises bodies that are not text at all (images, archives, PDFs, NUL-heavy data) before any parsing. */
public final class BinarySniffer {
    private static final int SAMPLE = 4096;

    private BinarySniffer() {}

    /** Why the body is binary, or empty when it may be text. */
    public static Optional<String> whyBinary(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return Optional.of("PNG image");
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return Optional.of("JPEG image");
        if (startsWith(b, 'G', 'I', 'F', '8')) return Optional.of("GIF image");
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E')
            return Optional.of("WebP image");
        if (startsWith(b, '%', 'P', 'D', 'F')) return Optional.of("PDF document");
        if (startsWith(b, 'P', 'K', 3, 4)) return Optional.of("ZIP archive");
        if (startsWith(b, 0x1F, 0x8B)) return Optional.of("gzip data");
        if (startsWith(b, 0, 0, 0) && b.length > 8 && b[4] == 'f' && b[5] == 't') return Optional.of("MP4 video");
        // UTF-16 and UTF-32 text has many NULs, in a pattern data does not have.
        if (UtfWidth.byBom(b).isPresent() || UtfWidth.withoutBom(b).isPresent()) return Optional.empty();
        int n = Math.min(b.length, SAMPLE), nul = 0, control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) nul++;
            else if (c < 9 || (c > 13 && c < 32 && c != 27) || c == 0x7F) control++;
        }
        if (n > 0 && nul * 100 > n) return Optional.of("NUL bytes in body");
        // Text in any charset has next to no C0 controls; random or compressed data has about one byte in ten.
        if (n >= 64 && (control + nul) * 20 > n) return Optional.of("control bytes in body");
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) return false;
        }
        return true;
    }
}
