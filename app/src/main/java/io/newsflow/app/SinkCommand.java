package io.newsflow.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        description = {
            "Run the sink stage: Kafka Streams app reading articles.enriched, dropping what consumers already",
            "have (same id, same text), numbering new versions, and writing articles.clean and the compacted",
            "articles.latest. Exactly-once; its state survives restarts. Serves /metrics, /health and /ready on",
            "--ops-port. Runs until stopped (SIGTERM/Ctrl-C)."
        })
final class SinkCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Mixin
    OpsOptions ops;

    @Override
    public Integer call() throws Exception {
        return StageCommand.run("sink", options, ops, Stages::sink);
    }
}
