package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Map;

/**
 * What the extractor found on a page. Nullable fields are null when the page does not say.
 *
 * @param text    the article body without the title, paragraphs separated by a blank line
 * @param html    clean HTML of the body, or null
 * @param removed chrome removed, by kind, with counts
 * @param repairs text repairs made (mojibake, double-escaped entities)
 * @param method  how the body was found, e.g. "dom-score", "plain-text"
 */
public record ExtractedArticle(
        String title,
        String description,
        List<String> authors,
        String publishedAt,
        String modifiedAt,
        String language,
        String canonicalUrl,
        String siteName,
        String image,
        String text,
        String html,
        Map<String, Integer> removed,
        int repairs,
        String method,
        double confidence) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        removed = removed == null ? Map.of() : Map.copyOf(removed);
        text = text == null ? "" : text;
    }

    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
