package io.newsflow.enrich.topics;

import java.util.List;

/**
 * What the tagger reads from one clean article. Only {@code text} or {@code title} is needed; the rest
 * are the page's own hints (JSON-LD {@code articleSection}/{@code keywords}, the URL) and may be null.
 */
public record TagInput(
        String title,
        String text,
        String declaredLanguage,
        List<String> sectionHints,
        List<String> keywordHints,
        String url) {

    public TagInput {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        sectionHints = sectionHints == null ? List.of() : List.copyOf(sectionHints);
        keywordHints = keywordHints == null ? List.of() : List.copyOf(keywordHints);
    }
}
