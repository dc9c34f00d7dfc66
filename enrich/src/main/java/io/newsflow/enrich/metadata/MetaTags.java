package io.newsflow.enrich.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} tags by lower-cased property/name/itemprop/http-equiv; first one wins. */
final class MetaTags {
    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) values.putIfAbsent(k, content);
            }
        }
    }

    /** The first of the keys the page has, or null. */
    String first(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
