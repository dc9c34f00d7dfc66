package io.newsflow.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.Newsflow;
import io.newsflow.app.config.Settings;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                .filter(e -> String.valueOf(e.getValue().get("image")).startsWith("newsflow:"))
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
                if (!var.startsWith("NEWSFLOW_")) continue; // JVM options and the like
                assertThat(known.contains(var) || var.startsWith("NEWSFLOW_KAFKA_CLIENT_"))
                        .as("%s sets %s, which newsflow does not read", name, var)
                        .isTrue();
            }
            assertThat(env).as("%s must find Kafka", name).containsKey("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS");
        });
    }

    @Test
    void theImageBuildCopiesEveryModulesPomBeforeResolvingDependencies() throws IOException {
        String dockerfile = Files.readString(Path.of("../Dockerfile"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(Path.of("../pom.xml")));
        int modules = 0;
        while (module.find()) {
            modules++;
            assertThat(dockerfile).contains("COPY " + module.group(1) + "/pom.xml " + module.group(1) + "/");
        }
        assertThat(modules).isGreaterThan(5);
        assertThat(dockerfile).contains("app/target/newsflow-stages.jar");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceThatSetsItsOwnJavaOptionsKeepsTheClassArchive() throws IOException {
        String dockerfile = Files.readString(Path.of("../Dockerfile"));
        assertThat(dockerfile).contains("-XX:ArchiveClassesAtExit=/opt/newsflow/newsflow.jsa");
        assertThat(dockerfile).contains("-XX:SharedArchiveFile=/opt/newsflow/newsflow.jsa");
        services.forEach((name, service) -> {
            Object env = service.get("environment");
            if (env instanceof Map<?, ?> m && m.get("JAVA_TOOL_OPTIONS") != null) {
                assertThat(String.valueOf(m.get("JAVA_TOOL_OPTIONS")))
                        .as(name)
                        .contains("-XX:SharedArchiveFile=/opt/newsflow/newsflow.jsa");
            }
        });
    }

    @Test
    void theImageHealthCheckAsksTheDefaultOpsPort() throws IOException {
        String dockerfile = Files.readString(Path.of("../Dockerfile"));
        String port = Settings.defaultsOnly().get("ops.port");
        assertThat(dockerfile)
                .contains("NEWSFLOW_OPS_PORT:-" + port + "}/ready")
                .contains("EXPOSE " + port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void streamStagesAreReadyOnlyWhenTheirStreamRunsAndTheFolderIngestIsNotProbed() {
        for (String stage : List.of("enrich", "sink")) {
            Map<String, Object> health =
                    (Map<String, Object>) services.get(stage).get("healthcheck");
            assertThat(String.valueOf(health.get("test"))).as(stage).contains("/ready");
        }
        Map<String, Object> ingest =
                (Map<String, Object>) services.get("ingest").get("healthcheck");
        assertThat(ingest).as("a one-shot folder publish serves no endpoint").containsEntry("disable", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsPinnedLimitedAndOnlyOnLoopback() {
        services.forEach((name, service) -> {
            String image = String.valueOf(service.get("image"));
            assertThat(image).as("%s image tag", name).contains(":").doesNotEndWith(":latest");
            assertThat(service).as("%s memory limit", name).containsKey("mem_limit");
            for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
                assertThat(String.valueOf(port)).as("%s port", name).startsWith("127.0.0.1:");
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerKeepsItsLogsInTheVolumeUnderAFixedClusterId() {
        Map<String, Object> kafka = services.get("kafka");
        Map<String, Object> env = (Map<String, Object>) kafka.get("environment");
        String mount = ((List<String>) kafka.get("volumes")).get(0).split(":")[1];
        assertThat(env).containsEntry("KAFKA_LOG_DIRS", mount).containsKey("CLUSTER_ID");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConsolesAskForALoginOrOnlyLook() {
        Map<String, Object> grafana =
                (Map<String, Object>) services.get("grafana").get("environment");
        assertThat(grafana).containsEntry("GF_AUTH_ANONYMOUS_ENABLED", "false");
        assertThat(String.valueOf(services.get("grafana").get("env_file"))).contains("grafana.env");
        Map<String, Object> ui = (Map<String, Object>) services.get("kafka-ui").get("environment");
        assertThat(ui).containsEntry("KAFKA_CLUSTERS_0_READONLY", "true");
    }

    @Test
    void dockerComposeItselfAcceptsTheFile() throws Exception {
        Assumptions.assumeTrue(onPath("docker-compose"), "docker-compose is not installed (.ci/run installs it)");
        // the real deploy/grafana.env is the operator's (not in git): check with the example when it is absent
        Path env = Path.of("../deploy/grafana.env");
        boolean borrowed = !Files.exists(env);
        if (borrowed) Files.copy(Path.of("../deploy/grafana.env.example"), env);
        try {
            assertComposeConfigPasses();
        } finally {
            if (borrowed) Files.delete(env);
        }
    }

    private static void assertComposeConfigPasses() throws Exception {
        Process p = new ProcessBuilder(
                        "docker-compose", "-f", COMPOSE.toString(), "--profile", "monitoring", "config", "-q")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static boolean onPath(String binary) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, binary)));
    }
}
