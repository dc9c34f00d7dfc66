package io.newsflow.enrich.topics;

import java.util.List;

/**
 * The tagger's answer: topics best first (never empty), ISO 639-1 language ("und" if unknown), key phrases,
 * and the meaning vector of headline and lead ({@link MeaningModel}; signed bytes, null when no word of
 * the article is known).
 */
public record Tags(List<TopicTag> topics, String language, List<String> keywords, byte[] meaning) {

    public Tags {
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
    }
}
