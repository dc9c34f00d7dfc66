package io.newsflow.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.enrich.Enricher;
import io.newsflow.enrich.stream.EnrichTopology;
import io.newsflow.sink.stream.SinkTopology;
import java.time.Clock;

/** The Streams stages, wired from config; the commands and newsflow local start them the same way. */
public final class Stages {

    private Stages() {}

    public static StreamsStage enrich(NewsflowConfig config, MeterRegistry metrics) {
        return new StreamsStage(
                "enrich",
                EnrichTopology.build(
                        config.enrichTopics(), config.serdes(), Enricher.withDefaults(), metrics, Clock.systemUTC()),
                config.kafka(),
                config.enrich(),
                metrics);
    }

    public static StreamsStage sink(NewsflowConfig config, MeterRegistry metrics) {
        return new StreamsStage(
                "sink",
                SinkTopology.build(config.sinkSettings(), config.serdes(), metrics, Clock.systemUTC()),
                config.kafka(),
                config.sink(),
                metrics);
    }
}
