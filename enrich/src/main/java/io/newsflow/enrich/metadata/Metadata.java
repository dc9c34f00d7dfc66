package io.newsflow.enrich.metadata;

import java.util.List;

/**
 * What a page says about its article. Fields are null when the page does not say.
 *
 * @param articleBody the JSON-LD articleBody, a hint for the content extractor; null when absent
 */
public record Metadata(
        String title,
        String description,
        List<String> authors,
        String publishedAt,
        String modifiedAt,
        String language,
        String canonicalUrl,
        String siteName,
        String image,
        String articleBody) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
