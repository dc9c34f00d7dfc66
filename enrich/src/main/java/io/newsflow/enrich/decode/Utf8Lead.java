package io.newsflow.enrich.decode;

/**
 * UTF-8's lead bytes: how long a sequence each one starts. One home for the rule, read both where a page's bytes
 * are judged to be UTF-8 ({@link Utf8Check}) and where mojibake repair looks for UTF-8 read in another charset.
 */
public final class Utf8Lead {

    private Utf8Lead() {}

    /**
     * The length of the multi-byte sequence {@code lead} (0–255) starts: 2 for C2–DF, 3 for E0–EF, 4 for F0–F4; 0
     * for ASCII, a continuation byte, and the leads no well-formed sequence has (C0, C1, F5–FF).
     */
    public static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) return 2;
        if (lead >= 0xE0 && lead <= 0xEF) return 3;
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }
}
