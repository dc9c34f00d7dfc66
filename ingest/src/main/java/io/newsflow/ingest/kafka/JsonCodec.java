package io.newsflow.ingest.kafka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.HistoryEntry;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Frontier and history values are small JSON documents: internal to the crawler (not a contract like
 * RawPage), readable in Kafka UI, and tolerant of fields added later.
 */
final class JsonCodec {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonCodec() {}

    static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    static CrawlRequest request(byte[] json) throws IOException {
        return MAPPER.readValue(json, CrawlRequest.class);
    }

    static HistoryEntry history(byte[] json) throws IOException {
        return MAPPER.readValue(json, HistoryEntry.class);
    }
}
