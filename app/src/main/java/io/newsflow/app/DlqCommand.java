package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.operate.DeadLetterReplay;
import io.newsflow.app.operate.TopicTail;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "dlq",
        mixinStandardHelpOptions = true,
        header = "Look at the dead letters and send them back after a fix.",
        description = {"Dead letters are kept in pages.dlq with the stage, the reason and the original bytes."},
        footerHeading = "%nExamples:%n",
        footer = {"  newsflow dlq list --reason too-slow", "  newsflow dlq replay --reason too-slow"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the broker or the configuration failed", "2:a usage error"},
        subcommands = {DlqCommand.List.class, DlqCommand.Replay.class})
final class DlqCommand {

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            header = "Print every dead letter, oldest first.",
            description = {"One line per dead letter: offset, time, stage, reason, URL and message."},
            footerHeading = "%nExamples:%n",
            footer = {"  newsflow dlq list --reason no-text"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:listed", "1:the broker or the configuration failed", "2:a usage error"})
    static final class List implements Callable<Integer> {
        @Mixin
        BrokerConfigOptions options;

        @Option(names = "--reason", paramLabel = "R", description = "Only this reason, e.g. binary-body.")
        String reason;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewsflowConfig config = options.config();
            new TopicTail(config.kafka(), config.topics())
                    .listDeadLetters(reason, spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            header = "Send dead letters back to the topic they came from, once.",
            description = {
                "Enrich's dead letters go back to pages.raw. A second replay with the same --reason sends nothing"
                        + " again, and the sink emits no article twice."
            },
            footerHeading = "%nExamples:%n",
            footer = {"  newsflow dlq replay --reason too-slow --since 2026-12-01T00:00:00Z"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:replayed", "1:the broker or the configuration failed", "2:a usage error"})
    static final class Replay implements Callable<Integer> {
        @Mixin
        BrokerConfigOptions options;

        @Option(names = "--reason", paramLabel = "R", description = "Only this reason.")
        String reason;

        @Option(names = "--since", paramLabel = "T", description = "Only dead letters from T on (ISO-8601 instant).")
        Instant since;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewsflowConfig config = options.config();
            long n = new DeadLetterReplay(
                            config.kafka(),
                            config.topics().pagesDlq(),
                            config.topics().pagesRaw())
                    .replay(reason, since);
            spec.commandLine()
                    .getOut()
                    .printf("replayed %d dead letters (group %s)%n", n, DeadLetterReplay.group(reason));
            return 0;
        }
    }
}
