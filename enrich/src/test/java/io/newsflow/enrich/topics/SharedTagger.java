package io.newsflow.enrich.topics;

/** One tagger for every test in the JVM: its language detector and the topic model load once. */
final class SharedTagger {

    static final ArticleTagger TAGGER = ArticleTagger.create();

    private SharedTagger() {}
}
