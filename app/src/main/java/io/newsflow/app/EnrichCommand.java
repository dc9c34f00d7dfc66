package io.newsflow.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        description = {
            "Run the enrich stage: Kafka Streams app reading pages.raw, extracting clean articles to",
            "articles.enriched, and sending every page it cannot turn into an article to pages.dlq with the",
            "reason and original bytes. Exactly-once. Serves /metrics, /health and /ready on --ops-port.",
            "Runs until stopped (SIGTERM/Ctrl-C)."
        })
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Mixin
    OpsOptions ops;

    @Override
    public Integer call() throws Exception {
        return StageCommand.run("enrich", options, ops, Stages::enrich);
    }
}
