package io.newsflow.app;

import io.newsflow.kafka.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The newsflow command: one jar, every stage. */
@Command(
        name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = Newsflow.Version.class,
        header = "Pages in, clean tagged articles out, on Kafka, with nothing lost.",
        description = {
            "Run 'newsflow local' to see the whole pipeline on an embedded broker, or start the stages separately"
                    + " against your Kafka: ingest writes pages.raw, enrich turns it into articles.enriched, and sink"
                    + " writes articles.clean, articles.latest and the story groups.",
            "Every setting can come from a file (--config), an environment variable (NEWSFLOW_<KEY>) or"
                    + " -D key=value; newsflow-default.properties lists them all."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsflow local --input samples",
            "  newsflow extract --format text page.html",
            "  newsflow ingest --seeds seeds.txt -D kafka.bootstrap.servers=kafka:9092"
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

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "On an error, print the Java stack trace too (by default: one line that names the cause).")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return HelpLayout.apply(new CommandLine(new Newsflow())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Newsflow::oneLine));
    }

    /**
     * An operator's mistake (a mistyped key, a port in use, a broker that does not answer) is one line that
     * names the key or resource; the stack trace is for --verbose.
     */
    private static int oneLine(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof ExecutionException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        cmd.getErr()
                .println(cmd.getCommandName() + ": "
                        + Secrets.maskUrls(message.lines().findFirst().orElse("")));
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                e.printStackTrace(cmd.getErr());
                break;
            }
        }
        cmd.getErr().flush();
        return 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Newsflow.class.getResourceAsStream("version.properties")) {
                build.load(in);
            }
            return new String[] {
                "newsflow " + build.getProperty("version"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
