package io.newsflow.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "enrich",
        mixinStandardHelpOptions = true,
        header = "Run the enrich stage: pages.raw to articles.enriched.",
        description = {
            "A Kafka Streams application, exactly-once, that extracts a clean, tagged article from each page"
                    + " of pages.raw and sends every page it cannot turn into an article to pages.dlq with the"
                    + " reason and the original bytes.",
            "It serves /metrics, /health and /ready on --ops-port and runs until stopped (SIGTERM or Ctrl-C)."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  newsflow enrich -D kafka.bootstrap.servers=kafka:9092 --ops-port 8081"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped on request",
            "1:the stream or its configuration failed",
            "2:a usage error (unknown option, missing argument)"
        })
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    BrokerConfigOptions options;

    @Mixin
    OpsOptions ops;

    @Override
    public Integer call() throws Exception {
        return StageCommand.run("enrich", options, ops, Stages::enrich);
    }
}
