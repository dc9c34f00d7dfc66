package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.Stages;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.schema.Article;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a benchmark pass runs between pages.raw and articles.clean. */
public enum BenchMode {

    /** The real enrich and sink stages, exactly as newsflow local starts them. */
    FULL("full") {
        @Override
        List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics, Path input) {
            return List.of(Stages.enrich(config, metrics), Stages.sink(config, metrics));
        }
    },
    /**
     * The real sink stage fed with the real enrich stage's articles, made before the pass and replayed by a
     * relay on the same hop: what one sink task (or one per hand-off partition) can take.
     */
    SINK("sink") {
        @Override
        List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics, Path input) {
            Map<String, Article> articles =
                    EnrichedPages.of(input, config.ingest().maxBodyBytes());
            return List.of(
                    new StreamsStage(
                            "enrich",
                            PassThroughTopology.enrich(
                                    config.enrichTopics(),
                                    config.serdes(),
                                    metrics,
                                    Clock.systemUTC(),
                                    page -> EnrichedPages.replay(articles, page)),
                            config.kafka(),
                            config.enrich(),
                            metrics),
                    Stages.sink(config, metrics));
        }
    },
    /** The same hops, serdes and Streams settings with no extraction, tagging or sink state. */
    PASS_THROUGH("pass-through") {
        @Override
        List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics, Path input) {
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
    abstract List<StreamsStage> stages(NewsflowConfig config, MeterRegistry metrics, Path input);

    public String label() {
        return label;
    }

    /**
     * full, pass-through, both (pass-through first, so the full run cannot warm the baseline's way), or sink (the
     * sink alone, on replayed articles).
     */
    public static List<BenchMode> parse(String choice) {
        return switch (choice.toLowerCase(Locale.ROOT).strip()) {
            case "full" -> List.of(FULL);
            case "pass-through", "passthrough", "pass_through" -> List.of(PASS_THROUGH);
            case "both" -> List.of(PASS_THROUGH, FULL);
            case "sink" -> List.of(SINK);
            default ->
                throw new IllegalArgumentException(
                        "--mode must be full, pass-through, both or sink, not '" + choice + "'");
        };
    }
}
