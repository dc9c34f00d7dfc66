package io.newsflow.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Run the sink stage: Kafka Streams app reading articles.enriched, dropping what consumers already",
                "have (same id, same text), numbering new versions, and writing articles.clean and the compacted",
                "articles.latest. Exactly-once; its state survives restarts. Runs until stopped (SIGTERM/Ctrl-C)."})
final class SinkCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SinkCommand.class);

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.config();
        log.info("sink starting: {}", config.kafka().describe());
        TopicProvisioner.ensure(config.kafka(), config.topics());
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StreamsStage stage = Stages.sink(config, metrics).start();
        return RunUntilStopped.run(stage);
    }
}
