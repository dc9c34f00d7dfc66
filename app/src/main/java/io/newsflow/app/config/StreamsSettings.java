package io.newsflow.app.config;

/** Settings of one Kafka Streams stage. */
public record StreamsSettings(
        String applicationId,
        int threads,
        String stateDir,
        int commitIntervalMs,
        int transactionTimeoutMs,
        String deadLetterTopic) {

    public static StreamsSettings from(Settings s, String stage) {
        return new StreamsSettings(
                s.get(stage + ".application.id"),
                s.getInt(stage + ".threads", 1, 256),
                s.get("streams.state.dir"),
                s.getInt("streams.commit.interval.ms", 0, 600_000),
                s.getInt("streams.transaction.timeout.ms", 1_000, 900_000),
                s.get("topics.pages.dlq"));
    }
}
