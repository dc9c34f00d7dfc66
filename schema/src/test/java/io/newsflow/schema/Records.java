package io.newsflow.schema;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One fully-populated record of each contract, for the schema tests. */
final class Records {
    private Records() {}

    static RawPage rawPage() {
        return RawPage.newBuilder()
                .setUrl("https://news.example/world/1")
                .setFinalUrl("https://news.example/world/1?amp")
                .setFetchedAt(Instant.parse("2026-11-25T10:00:00Z"))
                .setStatus(200)
                .setHeaders(Map.of("content-type", "text/html; charset=utf-8"))
                .setContentType("text/html")
                .setDeclaredCharset("utf-8")
                .setBody(ByteBuffer.wrap("<html><p>Hello – world</p></html>".getBytes(StandardCharsets.UTF_8)))
                .setSource(PageSource.FEED)
                .setSourceMeta(Map.of("feedTitle", "Hello"))
                .build();
    }

    static Article article() {
        return Article.newBuilder()
                .setId("a1b2c3")
                .setUrl("https://news.example/world/1")
                .setTitle("Hello")
                .setAuthors(List.of("Ann Writer"))
                .setPublishedAt("2026-11-25T10:00:00+01:00")
                .setText("Hello – world.")
                .setWordCount(3)
                .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.8, List.of("text"))))
                .setRemoved(Map.of("related", 2))
                .setFetchedAt(Instant.parse("2026-11-25T10:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-11-25T10:00:01Z"))
                .build();
    }

    static DeadLetter deadLetter() {
        return DeadLetter.newBuilder()
                .setSourceTopic("pages.raw")
                .setSourcePartition(0)
                .setSourceOffset(42)
                .setStage("enrich")
                .setErrorKind("undecodable-record")
                .setMessage("not Avro")
                .setFailedAt(Instant.parse("2026-11-25T10:00:02Z"))
                .setOriginalValue(ByteBuffer.wrap(new byte[] {1, 2, 3}))
                .build();
    }
}
