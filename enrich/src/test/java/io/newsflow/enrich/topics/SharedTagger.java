package io.newsflow.enrich.topics;

/** One tagger for every test in the JVM: the embedding model and topic vectors load once. */
final class SharedTagger {

    static final ArticleTagger TAGGER = ArticleTagger.requireModel();

    private SharedTagger() {}
}
