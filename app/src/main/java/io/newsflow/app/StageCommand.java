package io.newsflow.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.app.ops.BrokerProbe;
import io.newsflow.app.ops.OpsServer;
import io.newsflow.app.ops.StageMetrics;
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
            int opsPort,
            BiFunction<NewsflowConfig, PrometheusMeterRegistry, StreamsStage> stageFactory) {
        log.info("{} starting: {}", name, config.kafka().describe());
        TopicPlan.ensure(config.kafka(), config.topics());
        PrometheusMeterRegistry metrics = StageMetrics.create();
        StreamsStage stage = stageFactory.apply(config, metrics).start();
        BrokerProbe broker = new BrokerProbe(config.kafka());
        OpsServer ops = OpsServer.start(
                opsPort,
                metrics,
                () -> broker.readiness(name, stage.isRunning() ? null : name + " is " + stage.state()));
        return new StageCommand(stage, broker, ops);
    }

    static int run(
            String name,
            ConfigOptions options,
            OpsOptions ops,
            BiFunction<NewsflowConfig, PrometheusMeterRegistry, StreamsStage> stageFactory)
            throws InterruptedException {
        return RunUntilStopped.run(start(name, options.config(), ops.port(options), stageFactory));
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
