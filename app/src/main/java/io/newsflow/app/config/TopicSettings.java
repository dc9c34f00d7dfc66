package io.newsflow.app.config;

import io.newsflow.sink.route.RoutingRules;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Topic names and how to create them, including the sink's routing topics. */
public record TopicSettings(
        int partitions,
        short replication,
        String pagesRaw,
        String pagesDlq,
        String articlesEnriched,
        String articlesClean,
        String articlesLatest,
        String stories,
        String sinkHandOff,
        int sinkHandOffPartitions,
        List<String> sinkHandOffLanguages,
        RoutingRules routing,
        int maxRecordBytes) {

    public static TopicSettings from(Settings s) {
        int replication = s.getInt("topics.replication", 1, Short.MAX_VALUE);
        RoutingRules routing = new RoutingRules(
                blankToNull(s.getOrNull("sink.routing.subject.prefix")),
                list(s.getOrNull("sink.routing.subject.codes")),
                blankToNull(s.getOrNull("sink.routing.language.prefix")),
                list(s.getOrNull("sink.routing.languages")));
        return new TopicSettings(
                s.getInt("topics.partitions", 1, 100_000),
                (short) replication,
                s.get("topics.pages.raw"),
                s.get("topics.pages.dlq"),
                s.get("topics.articles.enriched"),
                s.get("topics.articles.clean"),
                s.get("topics.articles.latest"),
                s.get("topics.stories"),
                s.get("topics.sink.handoff"),
                s.getInt("topics.sink.handoff.partitions", 1, 1_000),
                ordered(s.getOrNull("topics.sink.handoff.languages")),
                routing,
                SizeLimits.from(s).recordBytes());
    }

    /** A comma-separated list in its order, blanks dropped; empty when unset. */
    private static List<String> ordered(String v) {
        return v == null
                ? List.of()
                : Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .distinct()
                        .toList();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Set<String> list(String v) {
        return Set.copyOf(ordered(v));
    }
}
