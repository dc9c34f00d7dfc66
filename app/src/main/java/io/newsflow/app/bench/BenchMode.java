package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.Stages;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** What a benchmark pass runs between pages.raw and articles.clean. */
public enum BenchMode {

    /** The real enrich and sink stages, exactly as newsflow local starts them. */
    FULL("full") {
        @Override
        List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics) {
            return List.of(Stages.enrich(config, metrics), Stages.sink(config, metrics));
        }
    },
    /** The same hops, serdes and Streams settings with no extraction, tagging or sink state. */
    PASS_THROUGH("pass-through") {
        @Override
        List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics) {
            return List.of(
                    new StreamsStage(
                            "enrich",
                            PassThroughTopology.enrich(
                                    config.enrichTopics(), config.serdes(), metrics, Clock.systemUTC()),
                            config.kafka(),
                            config.enrich(),
                            metrics),
                    new StreamsStage(
                            "sink",
                            PassThroughTopology.sink(
                                    config.sinkSettings(), config.serdes(), metrics, Clock.systemUTC()),
                            config.kafka(),
                            config.sink(),
                            metrics));
        }
    };

    private final String label;

    BenchMode(String label) {
        this.label = label;
    }

    /** The stages of this mode, created but not started. */
    abstract List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics);

    public String label() {
        return label;
    }

    /** full, pass-through, or both (pass-through first, so the full run cannot warm the baseline's way). */
    public static List<BenchMode> parse(String choice) {
        return switch (choice.toLowerCase(Locale.ROOT).strip()) {
            case "full" -> List.of(FULL);
            case "pass-through", "passthrough", "pass_through" -> List.of(PASS_THROUGH);
            case "both" -> List.of(PASS_THROUGH, FULL);
            default ->
                throw new IllegalArgumentException("--mode must be full, pass-through or both, not '" + choice + "'");
        };
    }
}
