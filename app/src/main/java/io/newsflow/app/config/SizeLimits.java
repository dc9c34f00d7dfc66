package io.newsflow.app.config;

/**
 * Every size limit from one setting, {@code limits.record.bytes}, so that they cannot disagree: the topics'
 * {@code max.message.bytes} and the producers' {@code max.request.size} are the record limit; page bodies
 * (crawler, folder, WARC) are cut one envelope below it, so a raw page and its dead letter always fit; an
 * article is cut (and flagged) to fit it too.
 *
 * @param recordBytes largest record any Newsflow producer writes and any Newsflow topic accepts
 */
public record SizeLimits(int recordBytes) {
    /** Room for what travels with a body: URL, headers, source metadata, a dead letter's reason. */
    public static final int ENVELOPE_BYTES = 1024 * 1024;

    public SizeLimits {
        if (recordBytes < 2 * ENVELOPE_BYTES) {
            throw new IllegalArgumentException(
                    "limits.record.bytes must be at least " + 2 * ENVELOPE_BYTES + ", not " + recordBytes);
        }
    }

    public static SizeLimits from(Settings s) {
        return new SizeLimits(s.getInt("limits.record.bytes", 2 * ENVELOPE_BYTES, 1 << 30));
    }

    /** Page bodies are cut (and flagged truncated) here. */
    public int bodyBytes() {
        return recordBytes - ENVELOPE_BYTES;
    }
}
