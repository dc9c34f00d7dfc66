package io.newsflow.ingest.source;

import io.newsflow.ingest.PageSink;
import io.newsflow.ingest.fetch.ContentType;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a WARC file (plain or gzipped, read by jwarc): each HTTP response record becomes a RawPage with
 * the stored status, headers and capture time, source WARC. Request, metadata and non-HTTP records are
 * skipped. Bodies are decoded (chunked, gzip) as they would be after a live fetch, then capped.
 */
public final class WarcSource {

    private static final Logger log = LoggerFactory.getLogger(WarcSource.class);

    private final int maxBodyBytes;

    public WarcSource(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Hands every response in {@code warc} to {@code sink} and returns how many it handed over. */
    public long publishAll(Path warc, PageSink sink) throws SourceException {
        long count = 0;
        try (WarcReader reader = new WarcReader(warc)) {
            reader.onWarning(w -> log.warn("warc file={} warning=\"{}\"", warc, w));
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response && isHttp(response)) {
                    sink.accept(toPage(response, warc, reader.position()));
                    count++;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceException(
                    "cannot read WARC " + warc + " after " + count + " responses: " + e.getMessage(), e);
        }
        log.info("warc file={} responses={}", warc, count);
        return count;
    }

    private static boolean isHttp(WarcResponse r) {
        String t = r.contentType().base().toString();
        return t.equals("application/http") && r.target().regionMatches(true, 0, "http", 0, 4);
    }

    RawPage toPage(WarcResponse record, Path warc, long offset) throws IOException {
        HttpResponse http = record.http();
        Map<String, String> headers = new LinkedHashMap<>();
        http.headers()
                .map()
                .forEach((k, v) ->
                        headers.merge(k.toLowerCase(Locale.ROOT), String.join(", ", v), (a, b) -> a + ", " + b));
        String type = null;
        String charset = null;
        Optional<String> declared = http.headers().first("Content-Type");
        if (declared.isPresent()) {
            ContentType ct = ContentType.parse(declared.get());
            type = ct.mediaType();
            charset = ct.charset();
        }
        byte[] body = read(http);
        boolean truncated = body.length > maxBodyBytes;
        if (truncated) {
            body = Arrays.copyOf(body, maxBodyBytes);
        }
        return RawPage.newBuilder()
                .setUrl(record.target())
                .setFinalUrl(null)
                .setFetchedAt(record.date())
                .setStatus(http.status())
                .setHeaders(Map.copyOf(headers))
                .setContentType(type)
                .setDeclaredCharset(charset)
                .setBody(ByteBuffer.wrap(body))
                .setTruncated(truncated)
                .setSource(PageSource.WARC)
                .setSourceMeta(Map.of(
                        "warc.file",
                        warc.getFileName().toString(),
                        "warc.recordId",
                        record.id().toString(),
                        "warc.offset",
                        String.valueOf(offset)))
                .setDepth(0)
                .build();
    }

    /** Decoded body (chunked, gzip) up to one byte past the cap; the stored bytes when decoding fails. */
    private byte[] read(HttpResponse http) throws IOException {
        MessageBody body;
        try {
            body = http.bodyDecoded();
        } catch (IOException | RuntimeException undecodable) {
            body = http.body();
        }
        try (InputStream in = body.stream()) {
            return in.readNBytes(maxBodyBytes + 1);
        }
    }

    static List<String> extensions() {
        return List.of(".warc", ".warc.gz");
    }
}
