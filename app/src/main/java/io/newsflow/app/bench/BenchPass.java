package io.newsflow.app.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.RunIsolation;
import io.newsflow.app.config.StreamsSettings;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.app.local.Progress;
import io.newsflow.ingest.source.SourceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Runs one pass on the shared broker: fresh topics and application ids, stages started and running,
 * then the clock starts at the first publish and stops when the last page is accounted for on the
 * output topics.
 */
public final class BenchPass {

    public static final String WARM_UP = "warm-up";

    /** The compilers count as quiet when they compiled for at most 20 ms in a second; a pass waits 30 s at most. */
    private static final Duration SETTLE_WINDOW = Duration.ofSeconds(1);

    private static final long SETTLE_QUIET_MILLIS = 20;
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);

    private final Function<Map<String, String>, NewsflowConfig> configFor;
    private final Path input;
    private final Path stateRoot;
    private final Duration timeout;
    private int passes;

    /**
     * @param configFor the configuration of a pass given the settings that isolate it (the broker's
     *                  address included)
     */
    public BenchPass(
            Function<Map<String, String>, NewsflowConfig> configFor, Path input, Path stateRoot, Duration timeout) {
        this.configFor = configFor;
        this.input = input;
        this.stateRoot = stateRoot;
        this.timeout = timeout;
    }

    public PassResult run(BenchMode mode, String label, int pageLimit) throws InterruptedException {
        String run = "bench" + (++passes) + "-" + mode.name().toLowerCase(Locale.ROOT);
        Map<String, String> isolation = new HashMap<>(RunIsolation.overridesWithRouting(run));
        isolation.put("streams.state.dir", stateRoot.resolve(run).toString());
        NewsflowConfig config = configFor.apply(isolation);
        TopicPlan.ensure(config.kafka(), config.topics());
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        List<StreamsStage> stages = mode.stages(config, metrics, input);
        try (OutputWatcher watcher = new OutputWatcher(config)) {
            stages.forEach(StreamsStage::start);
            awaitRunning(stages, watcher);
            System.gc(); // each pass starts from the same heap, not from the garbage of the one before
            // and with the compilers idle: the queue a warm-up pass leaves is the warm-up's cost, not this pass's
            Duration settled = CompilerActivity.settle(SETTLE_WINDOW, SETTLE_QUIET_MILLIS, SETTLE_LIMIT);
            ResourceMeter meter = ResourceMeter.start();
            long start = System.nanoTime();
            CompletableFuture<PageFeed.Fed> fed = CompletableFuture.supplyAsync(() -> {
                try {
                    return PageFeed.publish(config.ingest(), config.kafka(), input, pageLimit, Clock.systemUTC());
                } catch (SourceException e) {
                    throw new CompletionException(e);
                }
            });
            boolean drained = watcher.awaitAccounted(
                    () -> fed.isDone() ? fed.join().pages() : -1,
                    () -> Progress.of(0, metrics).withheld(),
                    start + timeout.toNanos());
            ResourceMeter.Usage usage = meter.stop();
            PageFeed.Fed in = fed.join();
            long end = drained ? watcher.lastArrivalNanos() : System.nanoTime();
            Latencies latencies = watcher.latencies();
            Map<String, Long> changelog = new TreeMap<>();
            for (StreamsSettings stage : List.of(config.enrich(), config.sink())) {
                String name = stage == config.enrich() ? "enrich" : "sink";
                ChangelogBytes.of(config.kafka(), stage.applicationId())
                        .forEach((store, bytes) -> changelog.put(name + "/" + store, bytes));
            }
            return new PassResult(
                    mode,
                    label,
                    in.pages(),
                    in.bodyBytes(),
                    end - (in.pages() > 0 ? in.firstSendNanos() : start),
                    latencies.percentile(50),
                    latencies.percentile(99),
                    usage.peakHeapBytes(),
                    usage.cpuNanos(),
                    usage.gcMillis(),
                    watcher.cleanCount(),
                    watcher.deadCount(),
                    Progress.of(0, metrics).withheld(),
                    drained,
                    usage.cpuByGroup(),
                    usage.meteredNanos(),
                    changelog,
                    usage.steps(),
                    settled.toNanos());
        } finally {
            stages.forEach(StreamsStage::close);
        }
    }

    private void awaitRunning(List<StreamsStage> stages, OutputWatcher watcher) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!stages.stream().allMatch(StreamsStage::isRunning)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("stages not running after 60 s: "
                        + stages.stream().map(s -> s.name() + "=" + s.state()).toList());
            }
            Thread.sleep(50);
        }
        if (!watcher.awaitAssignment(Duration.ofSeconds(30))) {
            throw new IllegalStateException("output readers got no partitions in 30 s");
        }
    }
}
