package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest {

    @TempDir
    Path dir;

    @Test
    void responseRecordsBecomePagesWithStoredStatusAndHeaders() throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        Instant captured = Instant.parse("2025-11-20T12:00:00Z");
        try (WarcWriter writer = new WarcWriter(
                FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response(
                    "https://news.example.com/a",
                    200,
                    "text/html; charset=ISO-8859-1",
                    "<html><body>caf\u00e9</body></html>".getBytes(StandardCharsets.ISO_8859_1),
                    captured));
            writer.write(response(
                    "https://news.example.com/gone",
                    404,
                    "text/html",
                    "<p>gone</p>".getBytes(StandardCharsets.UTF_8),
                    captured));
        }
        List<RawPage> pages = new ArrayList<>();
        long n = new WarcSource(1024 * 1024).publishAll(warc, pages::add);

        assertThat(n).isEqualTo(2);
        RawPage a = pages.get(0);
        assertThat(a.getUrl()).isEqualTo("https://news.example.com/a");
        assertThat(a.getStatus()).isEqualTo(200);
        assertThat(a.getSource()).isEqualTo(PageSource.WARC);
        assertThat(a.getFetchedAt()).isEqualTo(captured);
        assertThat(a.getContentType()).isEqualTo("text/html");
        assertThat(a.getDeclaredCharset()).isEqualTo("ISO-8859-1");
        assertThat(a.getHeaders())
                .containsEntry("x-served-by", "cache-7, cache-9")
                .containsKey("content-type");
        assertThat(new String(a.getBody().array(), StandardCharsets.ISO_8859_1)).contains("caf\u00e9");
        assertThat(a.getSourceMeta()).containsEntry("warc.file", "news.warc.gz").containsKey("warc.recordId");
        assertThat(pages.get(1).getStatus()).isEqualTo(404);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, Instant date)
            throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .addHeader("X-Served-By", "cache-7")
                .addHeader("X-Served-By", "cache-9")
                .body(MediaType.parse(type), body)
                .build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }
}
