package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each operator mistake fails before any work starts, with one line that names the key or resource, and a
 * stack trace only with --verbose. Through the command line the operator uses.
 */
class OperatorMistakesTest {

    private record Run(int code, String err, Duration took) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cmd = Newsflow.commandLine();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        long t0 = System.nanoTime();
        int code = cmd.execute(args);
        return new Run(code, err.toString(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void assertOneLine(Run r, String... mentions) {
        assertThat(r.code()).as(r.err()).isNotZero();
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(mentions).doesNotContain("\tat ", "Exception:");
    }

    @Test
    void aMistypedKeySetWithDNamesTheNearestKnownKey() {
        assertOneLine(
                run("enrich", "-D", "topics.partitons=6"), "'topics.partitons'", "did you mean 'topics.partitions'");
    }

    @Test
    void aMistypedKeyInAFileNamesTheFileAndTheNearestKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "kafka.bootstrap.servers=localhost:9092\ntopics.partitons=6\n");
        assertOneLine(
                run("sink", "--config", file.toString()), "'topics.partitons'", file.toString(), "topics.partitions");
    }

    @Test
    void aMistypedEnvironmentVariableNamesTheNearestOne() {
        assertThatThrownBy(() -> Settings.load(null, Map.of("NEWSFLOW_TOPICS_PARTITONS", "6"), Map.of()))
                .hasMessageContaining("NEWSFLOW_TOPICS_PARTITONS")
                .hasMessageContaining("NEWSFLOW_TOPICS_PARTITIONS");
        assertThatThrownBy(() -> Settings.load(null, Map.of("NEWSFLOW_KAFKA_CLIENT_BOGUS", "x"), Map.of()))
                .hasMessageContaining("kafka.client.bogus");
        assertThat(Settings.load(null, Map.of("NEWSFLOW_KAFKA_CLIENT_SASL_MECHANISM", "PLAIN"), Map.of())
                        .get("kafka.client.sasl.mechanism"))
                .isEqualTo("PLAIN");
    }

    @Test
    void anUnknownKafkaClientSettingIsRefusedAndAKnownOneAccepted() {
        assertOneLine(run("enrich", "-D", "kafka.client.bogus=1"), "kafka.client.bogus");
        assertOneLine(run("enrich", "-D", "kafka.client.sasl.mechanizm=PLAIN"), "kafka.client.sasl.mechanism");
        assertThat(Settings.load(null, Map.of(), Map.of("kafka.client.security.protocol", "SASL_SSL"))
                        .get("kafka.client.security.protocol"))
                .isEqualTo("SASL_SSL");
    }

    @Test
    void zeroEnrichThreadsNamesTheKey() {
        assertOneLine(run("enrich", "-D", "enrich.threads=0"), "'enrich.threads'", "not 0");
    }

    @Test
    void zeroPartitionsNamesTheKeyNotTheCrawlerConfig() {
        Run r = run("enrich", "-D", "topics.partitions=0");
        assertOneLine(r, "'topics.partitions'");
        assertThat(r.err()).doesNotContain("CrawlerConfig");
        assertThatThrownBy(() ->
                        NewsflowConfig.from(Settings.load(null, Map.of(), Map.of("enrich.page.budget.ms", "60000"))))
                .hasMessageContaining("enrich.page.budget.ms");
    }

    @Test
    void anOpsPortInUseFailsBeforeTheBrokerIsEvenAsked() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run(
                    "enrich",
                    "--ops-port",
                    Integer.toString(taken.getLocalPort()),
                    "-D",
                    "ops.bind.address=127.0.0.1",
                    "--bootstrap-servers",
                    "127.0.0.1:1");
            assertOneLine(r, "ops port", Integer.toString(taken.getLocalPort()), "ops.port");
            assertThat(r.took()).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void anUnreachableBrokerIsOneLineWithinThirtySeconds() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Run r = run(
                "enrich",
                "--ops-port",
                "0",
                "-D",
                "ops.bind.address=127.0.0.1",
                "--bootstrap-servers",
                "127.0.0.1:" + closed);
        assertOneLine(r, "cannot reach Kafka at 127.0.0.1:" + closed, "kafka.bootstrap.servers");
        assertThat(r.took()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anUnwritableOutputFailsBeforeTheRunStarts(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        Run r = run(
                "local",
                "--input",
                dir.toString(),
                "--output",
                blocker.resolve("out.jsonl").toString());
        assertOneLine(r, "--output", "out.jsonl");
        assertThat(r.took()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run r = run("enrich", "--verbose", "-D", "topics.partitons=6");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("did you mean", "\tat ");
    }
}
