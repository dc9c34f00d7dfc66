package io.newsflow.enrich.fingerprint;

import io.newsflow.enrich.text.UnicodeCategories;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

    /** The content hash and SimHash of one text, from one pass over its words. */
    public record Content(String hash, long simhash) {}

    /** {@link #contentHash} and {@link #simhash} of {@code text}, splitting it into words once. */
    public static Content content(String text) {
        List<String> w = words(text);
        return new Content(sha256(String.join(" ", w)), simhash(w));
    }

    /** Hex SHA-256 of the text with case, punctuation and spacing folded: equal words, equal hash. */
    public static String contentHash(String text) {
        return sha256(String.join(" ", words(text)));
    }

    /** 64-bit SimHash over word 3-shingles (FNV-1a 64 per shingle). */
    public static long simhash(String text) {
        return simhash(words(text));
    }

    private static long simhash(List<String> words) {
        if (words.isEmpty()) {
            return 0L;
        }
        byte[][] utf8 = new byte[words.size()][];
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
        }
        int[] votes = new int[64];
        int n = Math.max(1, utf8.length - 2);
        for (int i = 0; i < n; i++) {
            long h = fnv1a(utf8, i, Math.min(utf8.length, i + 3));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (int) ((h >>> bit) & 1L) * 2 - 1;
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

    /**
     * The text's words: NFKC, lower case, and every maximal run of letters and digits (Unicode categories L and
     * N), the rest being separators.
     */
    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean wordChar = Character.isLetter(cp) || UnicodeCategories.number(cp);
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    private static long fnv1a(byte[][] words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            for (byte b : words[i]) {
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
