package io.newsflow.app.local;

import java.util.Map;

/**
 * Settings for running every stage in one JVM (newsflow local and newsflow bench), applied only where
 * the user set nothing. The production defaults assume one stage per process, scaled by instances.
 */
public final class InProcessDefaults {

    private InProcessDefaults() {}

    /**
     * Topics get {@code partitions}; enrich gets one stream thread per partition, up to one per CPU.
     * Extraction and tagging are nearly all of the pipeline's CPU, and with one enrich thread the
     * benchmark used one of two cores (29 against 15 pages/s on the 2-core dev box, see NOTES-bench.md).
     */
    public static void apply(Map<String, String> overrides, int partitions) {
        overrides.putIfAbsent("topics.partitions", Integer.toString(partitions));
        int actual = Integer.parseInt(overrides.get("topics.partitions").strip()); // a -D setting beats the option
        int threads = Math.max(1, Math.min(actual, Runtime.getRuntime().availableProcessors()));
        overrides.putIfAbsent("enrich.threads", Integer.toString(threads));
    }
}
