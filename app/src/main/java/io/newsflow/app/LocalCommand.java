package io.newsflow.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.app.local.ArticleJson;
import io.newsflow.app.local.ArticleTable;
import io.newsflow.app.local.CleanArticles;
import io.newsflow.app.local.InProcessDefaults;
import io.newsflow.app.local.LocalRun;
import io.newsflow.app.local.StoryMerges;
import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.schema.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "local",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Run the whole pipeline here, on an embedded, real Kafka broker.",
        description = {
            "Starts an in-process KRaft broker (no Docker, no network), publishes the pages of --input to"
                    + " pages.raw, runs enrich and sink, prints the clean articles as a table with progress while"
                    + " it runs, and writes them as JSON lines to --output.",
            "It stops when every page has become an article or a dead letter; --follow keeps the broker and"
                    + " the stages running."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  newsflow local", "  newsflow local --input ../shared/samples --output out/articles.jsonl"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every page became an article or a dead letter",
            "1:the input was not drained within --timeout, or a stage failed",
            "2:a usage error (unknown option, missing argument)"
        })
final class LocalCommand implements Callable<Integer> {

    @Option(
            names = "--input",
            paramLabel = "DIR",
            defaultValue = "samples",
            description = "Folder of pages (.html, .htm, .txt, .gz). Default: ${DEFAULT-VALUE}")
    Path input;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            defaultValue = "newsflow-out/articles.jsonl",
            description = "Where the clean articles go, one JSON object per line. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(
            names = "--follow",
            description = "Keep running after the input is drained and print new articles as they arrive.")
    boolean follow;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Give up if the input is not drained in this time. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Option(names = "--partitions", defaultValue = "2", description = "Partitions per topic. Default: ${DEFAULT-VALUE}")
    int partitions;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        if (!EmbeddedBrokerJar.presentFor("local")) {
            return 2;
        }
        PrintStream out = System.out;
        if (!Files.isDirectory(input)) {
            System.err.println("newsflow local: input folder not found: " + input.toAbsolutePath()
                    + " (run from the repository root, or pass --input DIR)");
            return 2;
        }
        checkWritable(output);
        Path work = Files.createTempDirectory("newsflow-local-");
        InProcessDefaults.apply(options.overrides, partitions);
        options.overrides.putIfAbsent(
                "streams.state.dir", work.resolve("streams").toString());
        out.println("Starting an embedded Kafka broker…");
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0, Map.of())) {
            NewsflowConfig config = options.config().withBootstrapServers(broker.bootstrapServers());
            TopicPlan.ensure(config.kafka(), config.topics());
            out.printf(
                    "Broker at %s; topics %s → %s → %s, %s%n",
                    broker.bootstrapServers(),
                    config.topics().pagesRaw(),
                    config.topics().articlesEnriched(),
                    config.topics().articlesClean(),
                    config.topics().pagesDlq());
            try (StreamsStage enrich = Stages.enrich(config, metrics).start();
                    StreamsStage sink = Stages.sink(config, metrics).start();
                    CleanArticles clean = new CleanArticles(
                            config.kafka(),
                            config.topics().articlesClean(),
                            config.serdes().article().deserializer())) {
                int published = Math.toIntExact(Publish.folder(config.ingest(), config.kafka(), input));
                out.printf("Published %d pages from %s%n", published, input);
                List<Article> articles = new ArrayList<>();
                LocalRun run = new LocalRun(published, metrics, out);
                boolean drained = run.drain(clean, articles::add, Duration.ofSeconds(timeoutSeconds));
                out.println();
                StoryMerges merges = StoryMerges.read(
                        config.kafka(),
                        config.topics().stories(),
                        config.serdes().story().deserializer(),
                        Duration.ofSeconds(30));
                List<Article> shown = merges.apply(articles);
                if (merges.size() > 0) {
                    out.printf(
                            "%d stories were merged into others; their articles are shown in the live one%n",
                            merges.size());
                }
                ArticleTable.print(shown, out);
                write(shown, output);
                out.printf("%n%d clean articles, %d dead letters → %s%n", articles.size(), run.deadLetters(), output);
                if (!drained) {
                    System.err.printf(
                            "newsflow local: not drained after %d s: %s (enrich %s, sink %s)%n",
                            timeoutSeconds, run.status(), enrich.state(), sink.state());
                    return 1;
                }
                if (follow) {
                    out.printf(
                            "Following %s (Ctrl-C to stop); publish more with: newsflow ingest --bootstrap-servers %s --folder DIR%n",
                            config.topics().articlesClean(), broker.bootstrapServers());
                    run.follow(clean, a -> ArticleTable.print(List.of(a), out));
                }
                return 0;
            }
        } finally {
            LocalRun.deleteQuietly(work);
        }
    }

    /** Fails now, naming the option, rather than after the whole run. */
    private static void checkWritable(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            boolean existed = Files.exists(file);
            // opened for writing and closed again: that is the check
            Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    .close();
            if (!existed) Files.delete(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("cannot write --output " + file + ": " + e.getFile() + " is not a folder");
        } catch (AccessDeniedException e) {
            throw new IllegalStateException("cannot write --output " + file + ": permission denied on " + e.getFile());
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException("cannot write --output " + file + ": " + e.getMessage());
        }
    }

    private static void write(List<Article> articles, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                w.write(ArticleJson.line(a));
                w.newLine();
            }
        }
    }
}
