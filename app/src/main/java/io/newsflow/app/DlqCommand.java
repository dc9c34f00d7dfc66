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
        description = {"Look at the dead letters in pages.dlq and send them back after a fix."},
        subcommands = {DlqCommand.List.class, DlqCommand.Replay.class})
final class DlqCommand {

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = {"Print every dead letter (offset, time, stage, reason, URL, message), oldest first."})
    static final class List implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

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
            description = {
                "Send dead letters back to the topic they came from (pages.raw for enrich's), once: a second",
                "replay with the same --reason sends nothing again, and the sink emits no article twice."
            })
    static final class Replay implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

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
