package io.newsflow.enrich.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The JSON-LD objects of a page, flattened out of arrays and {@code @graph}s, and the one that describes the article. */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "blogposting",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "techarticle",
            "scholarlyarticle",
            "liveblogposting",
            "socialmediaposting",
            "posting",
            "report",
            "medicalwebpage",
            "review");
    private static final int MAX_OBJECTS = 500;
    // Parsed once: a selector string is parsed again on every call, and this one compiles a regex.
    private static final Evaluator LD_SCRIPTS = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    final List<JsonNode> objects = new ArrayList<>();

    JsonLd(Document doc) {
        for (Element s : doc.select(LD_SCRIPTS)) {
            try {
                flatten(MAPPER.readTree(s.data().strip()));
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources still count.
            }
        }
    }

    private void flatten(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) todo.push(root);
        while (!todo.isEmpty() && objects.size() < MAX_OBJECTS) {
            JsonNode n = todo.pop();
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) todo.push(n.get(i));
            } else if (n.isObject()) {
                objects.add(n);
                if (n.has("@graph")) todo.push(n.get("@graph"));
                if (n.has("mainEntity")) todo.push(n.get("mainEntity"));
            }
        }
    }

    /** The article object: an Article type, else a WebPage, else null. */
    JsonNode article() {
        for (JsonNode o : objects) {
            if (hasType(o, ARTICLE_TYPES)) return o;
        }
        for (JsonNode o : objects) {
            if (hasType(o, Set.of("webpage", "itempage"))) return o;
        }
        return null;
    }

    /** The organisation or website that publishes, for the site name. */
    JsonNode publisherOrSite(JsonNode article) {
        if (article != null
                && article.get("publisher") != null
                && article.get("publisher").isObject()) {
            return article.get("publisher");
        }
        for (JsonNode o : objects) {
            if (hasType(o, Set.of("website", "newsmediaorganization", "organization"))) return o;
        }
        return null;
    }

    static boolean hasType(JsonNode o, Set<String> types) {
        JsonNode t = o.get("@type");
        if (t == null) return false;
        if (t.isArray()) {
            for (JsonNode x : t) if (types.contains(x.asText().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return types.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    /** A field as text: strings as is, objects by name/url/@id, arrays by first element. */
    static String text(JsonNode o, String field) {
        if (o == null) return null;
        return asText(o.get(field));
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) return v.isEmpty() ? null : asText(v.get(0));
        if (v.isObject()) {
            for (String k : new String[] {"name", "url", "contentUrl", "@value", "@id"}) {
                if (v.has(k) && v.get(k).isValueNode())
                    return blankToNull(v.get(k).asText());
            }
            return null;
        }
        return blankToNull(v.asText());
    }

    /** Names of the author field: a string, a Person, or an array of either. */
    static List<String> names(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        for (JsonNode x : v.isArray() ? v : List.of(v)) {
            String name = x.isObject() ? (x.has("name") ? asText(x.get("name")) : null) : asText(x);
            if (name != null) out.add(name);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
