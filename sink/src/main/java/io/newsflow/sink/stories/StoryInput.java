package io.newsflow.sink.stories;

import java.util.List;

/**
 * What story grouping reads of an article.
 *
 * @param id       article id
 * @param site     outlet (site name or host), may be null
 * @param title    headline, may be null
 * @param text     body, may be empty: only its lead is used
 * @param keywords key phrases, best first
 * @param time     event time in epoch millis (publication, else fetch time)
 * @param language ISO 639-1 code of the article's language, may be null (read as English)
 */
public record StoryInput(
        String id, String site, String title, String text, List<String> keywords, long time, String language) {
    public StoryInput {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** An article whose language is not known. */
    public StoryInput(String id, String site, String title, String text, List<String> keywords, long time) {
        this(id, site, title, text, keywords, time, null);
    }
}
