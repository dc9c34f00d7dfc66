package io.newsflow.app.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.Article;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * An article as one line of JSON, field for field the Avro contract (same names, same order), so that
 * {@code newsflow extract}, {@code newsflow local} and a consumer of articles.clean all see one shape.
 */
public final class ArticleJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {}

    public static String line(Article a) {
        return write(fields(a));
    }

    /** The article's fields after a leading {@code file} naming the input it came from. */
    public static String line(String file, Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.putAll(fields(a));
        return write(m);
    }

    private static Map<String, Object> fields(IndexedRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Schema.Field f : r.getSchema().getFields()) m.put(f.name(), plain(r.get(f.pos())));
        return m;
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean) return v;
        if (v instanceof IndexedRecord r) return fields(r);
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(plain(o));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), plain(val)));
            return out;
        }
        if (v instanceof Instant t) return t.toString();
        if (v instanceof ByteBuffer b) return b.remaining() + " bytes";
        return v.toString();
    }

    private static String write(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article always maps to JSON", e);
        }
    }
}
