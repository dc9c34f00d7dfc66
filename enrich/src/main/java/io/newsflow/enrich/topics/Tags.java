package io.newsflow.enrich.topics;

import java.util.List;

/** The tagger's answer: topics best first (never empty), ISO 639-1 language ("und" if unknown), key phrases. */
public record Tags(List<TopicTag> topics, String language, List<String> keywords) {

    public Tags {
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
    }
}
