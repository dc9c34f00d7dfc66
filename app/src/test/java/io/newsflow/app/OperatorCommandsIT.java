package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.RunIsolation;
import io.newsflow.app.config.Settings;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.RawPage;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The operator's commands through the command line, on a real broker and the real stages: {@code tail} decodes a
 * topic, {@code dlq list} filters by reason, and {@code dlq replay} sends a dead letter back once: a page that
 * failed during an outage becomes its article after the replay, and replaying again (same group, then another)
 * emits it no second time.
 */
@ExtendWith(KafkaBrokerExtension.class)
class OperatorCommandsIT {

    private static final Path SAMPLES = Path.of("../samples");

    @TempDir
    Path dir;

    @Test
    void tailListAndReplayOnce(KafkaCluster kafka) throws Exception {
        Map<String, String> settings = new HashMap<>(
                RunIsolation.overrides(UUID.randomUUID().toString().substring(0, 8)));
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        settings.put("topics.partitions", "2");
        settings.put("streams.state.dir", dir.resolve("state").toString());
        NewsflowConfig config = NewsflowConfig.from(Settings.load(null, Map.of(), settings));
        TopicPlan.ensure(config.kafka(), config.topics());

        // All samples but one are published; the last one "failed during an outage" and sits in the DLQ.
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(f -> f.toString().matches(".*\\.(html|txt)$"))
                    .sorted()
                    .toList();
        }
        Path published = Files.createDirectories(dir.resolve("published"));
        Path held = Files.createDirectories(dir.resolve("held"));
        for (int i = 0; i < samples.size(); i++) {
            Files.copy(
                    samples.get(i),
                    (i == samples.size() - 1 ? held : published)
                            .resolve(samples.get(i).getFileName()));
        }
        List<RawPage> outage = new ArrayList<>();
        new FolderSource(config.ingest().maxBodyBytes()).publishAll(held, outage::add);
        RawPage lost = outage.get(0);
        byte[] pageBytes =
                config.serdes().rawPage().serializer().serialize(config.topics().pagesRaw(), lost);
        DeadLetter letter = DeadLetters.of(
                new DeadLetters.Origin(config.topics().pagesRaw(), 0, 0),
                "enrich",
                "broker-outage",
                "simulated: enrich could not write",
                lost.getUrl(),
                lost.getUrl().getBytes(StandardCharsets.UTF_8),
                pageBytes,
                Instant.now());
        kafka.send(
                config.topics().pagesDlq(),
                null,
                config.serdes()
                        .deadLetter()
                        .serializer()
                        .serialize(config.topics().pagesDlq(), letter));

        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (StreamsStage enrich = Stages.enrich(config, metrics).start();
                StreamsStage sink = Stages.sink(config, metrics).start()) {
            int n = Math.toIntExact(Publish.folder(config.ingest(), config.kafka(), published));
            assertThat(kafka.readAtLeast(config.topics().articlesClean(), n, Duration.ofSeconds(120)))
                    .hasSize(n);
            assertThat(enrich.isRunning() && sink.isRunning())
                    .as("both stages up")
                    .isTrue();

            String tail = run(
                    settings, "tail", config.topics().articlesClean(), "--from-beginning", "--json", "--limit", "" + n);
            List<String> lines = tail.lines().toList();
            assertThat(lines).hasSize(n);
            ObjectMapper json = new ObjectMapper();
            for (String line : lines)
                assertThat(json.readTree(line).get("title").asText()).isNotBlank();

            assertThat(run(settings, "dlq", "list").lines())
                    .singleElement()
                    .asString()
                    .contains("broker-outage", lost.getUrl());
            assertThat(run(settings, "dlq", "list", "--reason", "binary-body")).isBlank();

            assertThat(run(settings, "dlq", "replay", "--reason", "broker-outage"))
                    .startsWith("replayed 1 ");
            assertThat(run(settings, "dlq", "replay", "--reason", "broker-outage"))
                    .as("the group remembers what it replayed")
                    .startsWith("replayed 0 ");
            assertThat(run(settings, "dlq", "replay"))
                    .as("another group sends it again")
                    .startsWith("replayed 1 ");

            List<Article> clean =
                    kafka.readAtLeast(config.topics().articlesClean(), n + 1, Duration.ofSeconds(90)).stream()
                            .map(r -> config.serdes().article().deserializer().deserialize("t", r.value()))
                            .toList();
            Thread.sleep(5000); // a second copy of the replayed page would arrive by now
            List<Article> settled = kafka.readFor(config.topics().articlesClean(), Duration.ofSeconds(3)).stream()
                    .map(r -> config.serdes().article().deserializer().deserialize("t", r.value()))
                    .toList();
            assertThat(settled).hasSize(n + 1);
            assertThat(settled)
                    .filteredOn(a -> a.getUrl().equals(lost.getUrl()))
                    .hasSize(1);
            assertThat(clean).hasSize(n + 1);
        }
    }

    private static String run(Map<String, String> settings, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        settings.forEach((k, v) -> all.add("-D" + k + "=" + v));
        StringWriter out = new StringWriter();
        CommandLine cl = Newsflow.commandLine();
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute(all.toArray(String[]::new));
        assertThat(code).as(String.join(" ", args) + " → " + out).isZero();
        return out.toString();
    }
}
