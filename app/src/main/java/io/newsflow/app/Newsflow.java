package io.newsflow.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsflow command: one jar, every stage. */
@Command(
        name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = Newsflow.Version.class,
        description = {
            "Pages in, clean tagged articles out, on Kafka, with nothing lost.",
            "",
            "Run 'newsflow local' to see the whole pipeline on an embedded broker, or start the",
            "stages separately against your Kafka: ingest -> pages.raw -> enrich -> articles.enriched",
            "-> sink -> articles.clean / articles.latest. Every setting can come from a file",
            "(--config), an environment variable (NEWSFLOW_<KEY>) or -D key=value."
        },
        subcommands = {
            LocalCommand.class,
            BenchCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            SinkCommand.class,
            ExtractCommand.class,
            FixTextCommand.class,
            TailCommand.class,
            DlqCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Newsflow {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Newsflow()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Newsflow.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (v == null ? "dev" : v)};
        }
    }
}
