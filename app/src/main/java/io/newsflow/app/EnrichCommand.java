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

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrich stage: Kafka Streams app reading pages.raw, extracting clean articles to",
                "articles.enriched, and sending every page it cannot turn into an article to pages.dlq with the",
                "reason and original bytes. Exactly-once. Runs until stopped (SIGTERM/Ctrl-C)."})
final class EnrichCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(EnrichCommand.class);

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.config();
        log.info("enrich starting: {}", config.kafka().describe());
        TopicProvisioner.ensure(config.kafka(), config.topics());
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StreamsStage stage = Stages.enrich(config, metrics).start();
        return RunUntilStopped.run(stage);
    }
}
