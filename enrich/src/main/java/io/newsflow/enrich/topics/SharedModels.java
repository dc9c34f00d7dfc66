package io.newsflow.enrich.topics;

import org.slf4j.Logger;

/**
 * One embedding topic model per process, however many taggers are built (tests, stream threads): the
 * topic vectors cost 17 small batches of model calls, the model itself ~90 MB.
 */
final class SharedModels {

    private static TopicModel embedding;

    private SharedModels() {}

    static synchronized TopicModel embeddingOrFallback(Taxonomy taxonomy, boolean require, Logger log) {
        if (embedding != null) {
            return embedding;
        }
        try {
            embedding = new EmbeddingTopicModel(taxonomy, OnnxEmbedder.shared());
            return embedding;
        } catch (IllegalStateException e) {
            if (require) {
                throw e;
            }
            log.error("topic tagging falls back to the lexical classifier (lower accuracy): {}", e.getMessage());
            return new LexicalTopicModel(taxonomy);
        }
    }
}
