package io.newsflow.enrich.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identity and similarity of articles: a stable id from the URL, an exact content hash, and a
 * 64-bit SimHash over word 3-shingles so near-copies (syndicated text with small edits) land a few
 * bits apart.
 */
public final class Fingerprints {

    private Fingerprints() {}

    /** Hex SHA-256 prefix (16 bytes) of the URL without fragment, scheme-insensitive, trailing-slash-insensitive. */
    public static String articleId(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = u.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return sha256(u).substring(0, 32);
    }

    /** Hex SHA-256 of the text with case, punctuation and spacing folded: equal words, equal hash. */
    public static String contentHash(String text) {
        return sha256(String.join(" ", words(text)));
    }

    /** 64-bit SimHash over word 3-shingles (FNV-1a 64 per shingle). */
    public static long simhash(String text) {
        String[] w = words(text);
        if (w.length == 0) {
            return 0L;
        }
        int[] votes = new int[64];
        int n = Math.max(1, w.length - 2);
        for (int i = 0; i < n; i++) {
            long h = fnv1a(w, i, Math.min(w.length, i + 3));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long result = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    private static String[] words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    private static long fnv1a(String[] words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            for (byte b : words[i].getBytes(StandardCharsets.UTF_8)) {
                h ^= b & 0xff;
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
