package io.newsflow.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.SourceMetaKeys;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items of a JSON Feed (jsonfeed.org 1.0 and 1.1), which Rome does not read, as pages to crawl, with the
 * same {@code sourceMeta} keys as RSS/Atom items so enrich need not care which kind of feed it was.
 */
final class JsonFeedSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/1";

    private final UrlNormalizer normalizer = new UrlNormalizer();

    /** True when {@code body} looks like JSON rather than XML: its first non-blank character is '{'. */
    static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == '{') return true;
            boolean blankOrBom = b == ' '
                    || b == '\n'
                    || b == '\r'
                    || b == '\t'
                    || b == (byte) 0xEF
                    || b == (byte) 0xBB
                    || b == (byte) 0xBF;
            if (!blankOrBom) return false;
        }
        return false;
    }

    List<Discovered> items(byte[] body, URI feedUrl) throws SourceException {
        JsonNode feed;
        try {
            feed = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new SourceException("not a readable JSON Feed: " + feedUrl + " (" + e.getMessage() + ")", e);
        }
        if (feed == null
                || !feed.path("version").asText("").startsWith(VERSION_PREFIX)
                || !feed.path("items").isArray()) {
            throw new SourceException("not a JSON Feed (no jsonfeed.org/version/1 and items): " + feedUrl, null);
        }
        List<Discovered> out = new ArrayList<>();
        for (JsonNode item : feed.path("items")) {
            Optional<URI> link = link(item, feedUrl);
            if (link.isEmpty()) {
                continue;
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("feed.url", feedUrl.toString());
            put(meta, "feed.title", feed.path("title"));
            put(meta, "item.title", item.path("title"));
            put(meta, SourceMetaKeys.PUBLISHED, item.path("date_published"));
            put(meta, "item.updated", item.path("date_modified"));
            put(meta, "item.author", author(item));
            put(meta, "item.id", item.path("id"));
            out.add(new Discovered(link.get(), Discovered.Kind.PAGE, PageSource.FEED, meta));
        }
        return out;
    }

    /**
     * {@code url}, else {@code external_url} (relative ones resolve against the feed), else an {@code id}
     * that is an absolute URL: ids are often plain numbers, which must not become links.
     */
    private Optional<URI> link(JsonNode item, URI feedUrl) {
        for (String field : new String[] {"url", "external_url", "id"}) {
            String v = item.path(field).asText("").strip();
            boolean usable = field.equals("id") ? v.startsWith("http://") || v.startsWith("https://") : !v.isEmpty();
            if (usable) {
                Optional<URI> u = normalizer.resolve(feedUrl, v);
                if (u.isPresent()) return u;
            }
        }
        return Optional.empty();
    }

    /** 1.1 has {@code authors}, 1.0 a single {@code author}. */
    private static JsonNode author(JsonNode item) {
        JsonNode authors = item.path("authors");
        return authors.isArray() && !authors.isEmpty()
                ? authors.get(0).path("name")
                : item.path("author").path("name");
    }

    private static void put(Map<String, String> meta, String key, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            meta.put(key, value.asText().strip());
        }
    }
}
