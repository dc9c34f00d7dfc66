package io.newsflow.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "sink",
        mixinStandardHelpOptions = true,
        header = "Run the sink stage: articles.enriched to the clean topics.",
        description = {
            "A Kafka Streams application, exactly-once, that drops what consumers already have (same id, same"
                    + " text) and near copies, numbers new versions, groups articles into stories, and writes"
                    + " articles.clean, the compacted articles.latest, the routed topics and stories. Its state"
                    + " survives restarts.",
            "It serves /metrics, /health and /ready on --ops-port and runs until stopped (SIGTERM or Ctrl-C)."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  newsflow sink -D kafka.bootstrap.servers=kafka:9092 --ops-port 8082"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped on request",
            "1:the stream or its configuration failed",
            "2:a usage error (unknown option, missing argument)"
        })
final class SinkCommand implements Callable<Integer> {

    @Mixin
    BrokerConfigOptions options;

    @Mixin
    OpsOptions ops;

    @Override
    public Integer call() throws Exception {
        return StageCommand.run("sink", options, ops, Stages::sink);
    }
}
