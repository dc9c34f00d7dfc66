package io.newsflow.app.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings that give one run its own topics and application ids, so that runs can share a broker
 * without reading each other's records or offsets (tests, and each pass of the benchmark).
 */
public final class RunIsolation {

    private static final List<String> TOPIC_KEYS = List.of(
            "pages.raw",
            "pages.dlq",
            "articles.enriched",
            "articles.clean",
            "articles.latest",
            "stories",
            "sink.handoff");

    private RunIsolation() {}

    /** Topic names and application ids suffixed with {@code run}. Routing topics stay shared. */
    public static Map<String, String> overrides(String run) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String t : TOPIC_KEYS) {
            o.put("topics." + t, t + "-" + run);
        }
        o.put("enrich.application.id", "enrich-" + run);
        o.put("sink.application.id", "sink-" + run);
        return o;
    }

    /** As {@link #overrides}, and the sink's per-subject topics too. */
    public static Map<String, String> overridesWithRouting(String run) {
        Map<String, String> o = overrides(run);
        o.put("sink.routing.subject.prefix", "articles.topic-" + run + ".");
        return o;
    }
}
