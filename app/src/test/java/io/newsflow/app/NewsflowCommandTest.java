package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsflowCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        int code = cmd.execute(args);
        assertThat(code).as("exit code of %s", String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void helpListsEveryStage() {
        assertThat(run("--help")).contains("local", "ingest", "enrich", "sink", "NEWSFLOW_");
    }

    @Test
    void ingestHelpExplainsTheAddressGuardTheSeedFormatAndTheInstanceId() {
        assertThat(run("ingest", "--help"))
                .contains("ingest.fetch.private.allow=10.20.0.0/16", "link-local", "metadata")
                .contains("URL<TAB>key=value", "reported with its number")
                .contains("--instance-id", "crawler-<host>-<pid>")
                .doesNotContain("never fetches private addresses");
    }

    @Test
    void localHelpExplainsInputOutputAndFollow() {
        assertThat(run("local", "--help")).contains("--input", "--output", "--follow", "embedded");
    }

    @Test
    void anEmbeddedBrokerCommandRefusesABrokerAddressInsteadOfIgnoringIt() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("local", "--bootstrap-servers", "kafka:9092")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--bootstrap-servers'");
        assertThat(run("enrich", "--help")).contains("--bootstrap-servers");
    }
}
