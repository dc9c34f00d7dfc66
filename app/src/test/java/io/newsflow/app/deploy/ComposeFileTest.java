package io.newsflow.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.app.config.Settings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The compose file must say only what the app understands: every newsflow service's command parses
 * as a newsflow command line, every NEWSFLOW_ variable names a real setting, and the health check asks
 * the port the stages serve.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("../docker-compose.yml");
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader r = Files.newBufferedReader(COMPOSE)) {
            Map<String, Object> doc = new Yaml().load(r);
            services = (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    private static Map<String, Map<String, Object>> newsflowServices() {
        return services.entrySet().stream()
                .filter(e -> "newsflow:latest".equals(e.getValue().get("image")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void everyStageRunsFromTheNewsflowImage() {
        assertThat(newsflowServices().keySet()).containsExactlyInAnyOrder("ingest", "enrich", "sink");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCommandParsesAsANewsflowCommandLine() {
        newsflowServices().forEach((name, service) -> {
            List<String> command = (List<String>) service.get("command");
            assertThat(command).as("%s has a command", name).isNotEmpty();
            CommandLine.ParseResult parsed = Newsflow.commandLine().parseArgs(command.toArray(String[]::new));
            assertThat(parsed.subcommand()).as("%s names a subcommand", name).isNotNull();
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo(command.get(0));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNewsflowVariableNamesARealSetting() {
        Set<String> known = Settings.defaultsOnly().asMap().keySet().stream()
                .map(Settings::envName)
                .collect(Collectors.toSet());
        newsflowServices().forEach((name, service) -> {
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(env).as("%s environment", name).isNotEmpty();
            for (String var : env.keySet()) {
                assertThat(known.contains(var) || var.startsWith("NEWSFLOW_KAFKA_CLIENT_"))
                        .as("%s sets %s, which newsflow does not read", name, var)
                        .isTrue();
            }
            assertThat(env).as("%s must find Kafka", name).containsKey("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
        });
    }

    @Test
    void theImageHealthCheckAsksTheDefaultOpsPort() throws IOException {
        String dockerfile = Files.readString(Path.of("../Dockerfile"));
        String port = Settings.defaultsOnly().get("ops.port");
        assertThat(dockerfile)
                .contains("NEWSFLOW_OPS_PORT:-" + port + "}/health")
                .contains("EXPOSE " + port);
    }

    @Test
    void dockerComposeItselfAcceptsTheFile() throws Exception {
        Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not installed (.ci/run installs it)");
        Process p = new ProcessBuilder(
                        "docker-compose", "-f", COMPOSE.toString(), "--profile", "monitoring", "config", "-q")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static boolean onPath(String binary) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, binary)));
    }
}
