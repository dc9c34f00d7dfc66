package io.newsflow.app;

import io.newsflow.app.bench.BenchMode;
import io.newsflow.app.bench.BenchPass;
import io.newsflow.app.bench.BenchReport;
import io.newsflow.app.bench.PassResult;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.local.InProcessDefaults;
import io.newsflow.app.local.LocalRun;
import io.newsflow.broker.EmbeddedKafkaBroker;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Measure the whole pipeline end to end on an embedded broker.",
        description = {
            "Prints pages/s, MB/s, fetch-to-sink latency, peak heap and CPU time for the full pipeline and for a"
                    + " pass-through pipeline with the same Kafka hops but no extraction, so that the ratio shows"
                    + " what our own work costs."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  java -Xmx1g -jar newsflow.jar bench --warmup 1120"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was accounted for", "1:a page was lost", "2:a usage error"})
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--pages",
            paramLabel = "N",
            defaultValue = "0",
            description = "Pages per measured pass; 0 = every page of the input. Default: all")
    int pages;

    @Option(
            names = "--input",
            paramLabel = "DIR",
            description =
                    "Folder of pages. Default: the extraction dev set, ../shared/extraction-dev (or <newsflow.shared.dir>/extraction-dev)")
    Path input;

    @Option(
            names = "--repeat",
            paramLabel = "K",
            defaultValue = "1",
            description = "Measured passes per mode; the table's ratio uses the median. Default: ${DEFAULT-VALUE}")
    int repeat;

    @Option(
            names = "--mode",
            paramLabel = "full|pass-through|both|sink",
            defaultValue = "both",
            description = "What to run. Default: ${DEFAULT-VALUE}")
    String mode;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "100",
            description =
                    "Pages of an unmeasured first pass per mode, to warm the JIT; 0 = none. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(
            names = "--partitions",
            defaultValue = "2",
            description = "Partitions per topic, as newsflow local. Default: ${DEFAULT-VALUE}")
    int partitions;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "900",
            description = "Limit per pass. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        if (!EmbeddedBrokerJar.presentFor("bench")) {
            return 2;
        }
        Path folder = input != null ? input : defaultInput();
        if (!Files.isDirectory(folder)) {
            System.err.println(
                    "newsflow bench: input folder not found: " + folder.toAbsolutePath() + " (pass --input DIR)");
            return 2;
        }
        List<BenchMode> modes = BenchMode.parse(mode);
        int limit = pages > 0 ? pages : Integer.MAX_VALUE;
        InProcessDefaults.apply(options.overrides, partitions);
        NewsflowConfig base = options.config();
        int cpus = Runtime.getRuntime().availableProcessors();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(
                "newsflow bench: %s, %s, %d partitions, enrich.threads=%d, sink.threads=%d, commit interval %d ms%n",
                folder,
                pages > 0 ? pages + " pages" : "all pages",
                base.topics().partitions(),
                base.enrich().threads(),
                base.sink().threads(),
                base.enrich().commitIntervalMs());

        Path work = Files.createTempDirectory("newsflow-bench-");
        List<PassResult> results = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 0, Map.of())) {
            // A lambda capturing the broker itself would put its class in a method signature, which picocli's
            // reflection resolves at start-up: the stages' jar (no broker) could then run no command at all.
            String bootstrap = broker.bootstrapServers();
            BenchPass pass = new BenchPass(
                    isolation -> {
                        Map<String, String> forced = new HashMap<>(isolation);
                        forced.put("kafka.bootstrap.servers", bootstrap);
                        return options.config(forced);
                    },
                    folder,
                    work.resolve("streams"),
                    Duration.ofSeconds(timeoutSeconds));
            for (BenchMode m : modes) {
                if (warmup > 0) {
                    results.add(report(pass.run(m, BenchPass.WARM_UP, Math.min(warmup, limit))));
                }
                for (int i = 1; i <= repeat; i++) {
                    results.add(report(pass.run(m, Integer.toString(i), limit)));
                }
            }
        } finally {
            LocalRun.deleteQuietly(work);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println();
        BenchReport report = new BenchReport(System.out, cpus);
        report.table(results);
        report.budget(results);
        report.changelog(results);
        report.ratio(results);
        System.out.printf(
                "machine: %d CPUs, load average %.2f before, %.2f after; max heap %d MB; Java %s%n",
                cpus,
                loadBefore,
                loadAfter,
                Runtime.getRuntime().maxMemory() / 1048576,
                System.getProperty("java.version"));
        return report.nothingLost(results) ? 0 : 1;
    }

    private static PassResult report(PassResult p) {
        System.out.printf(
                "  %s %s: %d pages in %.1f s (%.1f pages/s; the JIT settled %.1f s before the clock)%s%n",
                p.mode().label(),
                p.label(),
                p.pages(),
                p.seconds(),
                p.pagesPerSecond(),
                p.settleNanos() / 1e9,
                p.nothingLost() ? "" : ", NOT all accounted for");
        return p;
    }

    /** The dev set next to the repository: ../shared when run from the repository root, as the poms' tests do. */
    static Path defaultInput() {
        String shared = System.getProperty("newsflow.shared.dir");
        return (shared != null ? Path.of(shared) : Path.of("..", "shared")).resolve("extraction-dev");
    }
}
