package io.newsflow.ingest.kafka;

import io.newsflow.schema.RawPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a page's record fit the topic: a page whose serialised record (uncompressed, so the check holds
 * whatever the compression achieves) is larger than the limit has its body cut and is flagged
 * {@code truncated}, as a body over {@code ingest.max.body.bytes} is; without the cut, the broker would
 * refuse the whole transaction and the crawler would stop at that page on every restart.
 */
final class PageFitter {

    private static final Logger log = LoggerFactory.getLogger(PageFitter.class);
    /** Record and batch framing around key and value (the batch header is 61 bytes, a record's varints fewer). */
    private static final int FRAMING = 512;

    private volatile int limit;
    private final Function<RawPage, byte[]> serializer;

    PageFitter(int limit, Function<RawPage, byte[]> serializer) {
        this.limit = limit;
        this.serializer = serializer;
    }

    /** From now on, records must fit in {@code bytes} (the topic's limit changed under a running crawler). */
    void limitTo(int bytes) {
        limit = bytes;
    }

    int limit() {
        return limit;
    }

    /** The serialised page, cut to fit; null (and logged) when not even its URL and headers fit. */
    byte[] serialize(RawPage page) {
        byte[] value = serializer.apply(page);
        int room = limit - FRAMING - page.getUrl().getBytes(StandardCharsets.UTF_8).length;
        if (value.length <= room) {
            return value;
        }
        ByteBuffer body = page.getBody().duplicate();
        int keep = body.remaining() - (value.length - room);
        if (keep < 0) {
            RawPage bare = RawPage.newBuilder(page)
                    .setHeaders(Map.of())
                    .setBody(ByteBuffer.allocate(0))
                    .setTruncated(true)
                    .build();
            byte[] small = serializer.apply(bare);
            log.warn(
                    "page too large for the topic even without a body; headers dropped url={} limit={}",
                    page.getUrl(),
                    limit);
            return small.length <= room ? small : null;
        }
        body.limit(body.position() + keep);
        RawPage cut = RawPage.newBuilder(page)
                .setBody(body.slice())
                .setTruncated(true)
                .build();
        log.warn(
                "page cut to fit the topic url={} recordBytes={} limit={} bodyKept={}",
                page.getUrl(),
                value.length,
                limit,
                keep);
        return serializer.apply(cut);
    }
}
