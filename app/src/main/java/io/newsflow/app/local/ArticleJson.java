package io.newsflow.app.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.Article;
import io.newsflow.schema.Topic;
import java.util.LinkedHashMap;
import java.util.Map;

/** An article as one line of JSON, for people and scripts (the Avro contract is the source of truth). */
public final class ArticleJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {}

    public static String line(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("url", a.getUrl());
        m.put("canonicalUrl", a.getCanonicalUrl());
        m.put("site", a.getSite());
        m.put("title", a.getTitle());
        m.put("description", a.getDescription());
        m.put("authors", a.getAuthors());
        m.put("published", a.getPublishedAt());
        m.put("modified", a.getModifiedAt());
        m.put("language", a.getLanguage());
        m.put("words", a.getWordCount());
        m.put("topics", a.getTopics().stream().map(Topic::getCode).toList());
        m.put("keywords", a.getKeywords());
        m.put("image", a.getImage());
        m.put("removed", a.getRemoved());
        m.put("repairs", a.getRepairs());
        m.put("version", a.getVersion());
        m.put("storyId", a.getStoryId());
        m.put("sources", a.getSources());
        m.put("extraction", a.getExtractionMethod());
        m.put("text", a.getText());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article always maps to JSON", e);
        }
    }
}
