package io.newsflow.app.config;

/** Topic names and how to create them. */
public record TopicSettings(int partitions, short replication, String pagesRaw, String pagesDlq,
                            String articlesEnriched, String articlesClean, String articlesLatest) {

    public static TopicSettings from(Settings s) {
        int replication = s.getInt("topics.replication");
        if (replication < 1 || replication > Short.MAX_VALUE) {
            throw new IllegalArgumentException("topics.replication must be at least 1");
        }
        return new TopicSettings(s.getInt("topics.partitions"), (short) replication,
                s.get("topics.pages.raw"), s.get("topics.pages.dlq"), s.get("topics.articles.enriched"),
                s.get("topics.articles.clean"), s.get("topics.articles.latest"));
    }
}
