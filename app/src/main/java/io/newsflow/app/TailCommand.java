package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.operate.TopicTail;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        header = "Print the records of a Newsflow topic, decoded.",
        description = {
            "Records are decoded with the serde the stages use (registry or single-object Avro): one line per"
                    + " record, or one JSON object per line with --json. It reads in no consumer group, so it moves"
                    + " no one's offsets, and runs until stopped unless --limit is given."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  newsflow tail articles.clean --from-beginning --json --limit 10"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped or the limit reached", "1:the broker or the configuration failed", "2:a usage error"
        })
final class TailCommand implements Callable<Integer> {

    @Mixin
    BrokerConfigOptions options;

    @Parameters(paramLabel = "TOPIC", description = "e.g. articles.clean, pages.dlq, pages.raw, stories.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Each record as one JSON object (Avro's JSON form).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N records.")
    long limit = Long.MAX_VALUE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewsflowConfig config = options.config();
        new TopicTail(config.kafka(), config.topics())
                .tail(topic, fromBeginning, json, limit, spec.commandLine().getOut());
        return 0;
    }
}
