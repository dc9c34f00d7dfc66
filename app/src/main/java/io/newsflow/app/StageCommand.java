package io.newsflow.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.BrokerCheck;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.app.ops.BrokerProbe;
import io.newsflow.app.ops.OpsServer;
import io.newsflow.app.ops.StageMetrics;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Streams stage with its metrics and health endpoint: what `newsflow enrich` and `newsflow sink` run. */
public final class StageCommand implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StageCommand.class);

    private final StreamsStage stage;
    private final BrokerProbe broker;
    private final OpsServer ops;

    private StageCommand(StreamsStage stage, BrokerProbe broker, OpsServer ops) {
        this.stage = stage;
        this.broker = broker;
        this.ops = ops;
    }

    public static StageCommand start(
            String name,
            NewsflowConfig config,
            String opsAddress,
            int opsPort,
            BiFunction<NewsflowConfig, PrometheusMeterRegistry, StreamsStage> stageFactory) {
        log.info("{} starting: {}", name, config.kafka().describe());
        PrometheusMeterRegistry metrics = StageMetrics.create();
        AtomicReference<StreamsStage> running = new AtomicReference<>();
        BrokerProbe broker = new BrokerProbe(config.kafka());
        // Everything that can be wrong is checked before any work starts: the port first, then the broker.
        OpsServer ops = OpsServer.start(opsAddress, opsPort, metrics, () -> {
            StreamsStage s = running.get();
            return broker.readiness(
                    name, s != null && s.isRunning() ? null : name + " is " + (s == null ? "starting" : s.state()));
        });
        try {
            BrokerCheck.reachable(config.kafka());
            TopicPlan.ensure(config.kafka(), config.topics());
            running.set(stageFactory.apply(config, metrics).start());
        } catch (RuntimeException e) {
            ops.close();
            broker.close();
            throw e;
        }
        return new StageCommand(running.get(), broker, ops);
    }

    static int run(
            String name,
            ConfigOptions options,
            OpsOptions ops,
            BiFunction<NewsflowConfig, PrometheusMeterRegistry, StreamsStage> stageFactory)
            throws InterruptedException {
        NewsflowConfig config = options.config();
        return RunUntilStopped.run(start(name, config, ops.bindAddress(options), ops.port(options), stageFactory));
    }

    public int opsPort() {
        return ops.port();
    }

    @Override
    public void close() {
        ops.close();
        stage.close();
        broker.close();
    }
}
