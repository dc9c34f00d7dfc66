package io.newsflow.app.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.app.config.StreamsSettings;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Kafka Streams stage. A failing stream thread is replaced rather than taking the stage
 * down: with exactly-once the failed batch is aborted and re-processed, so nothing is lost.
 */
public final class StreamsStage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsStage.class);

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;

    public StreamsStage(
            String name, Topology topology, KafkaSettings kafka, StreamsSettings settings, MeterRegistry metrics) {
        this.name = name;
        Properties props = new Properties();
        props.putAll(KafkaClients.streams(
                kafka, settings.applicationId(), settings.threads(), settings.stateDir(), settings.commitIntervalMs()));
        props.put(
                StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                settings.transactionTimeoutMs());
        DeadLetterOnSendError.configure(props, kafka, settings);
        this.streams = new KafkaStreams(topology, props);
        this.streams.setUncaughtExceptionHandler(e -> {
            log.error("{}: stream thread failed, replacing it: {}", name, e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.streams.setStateListener((now, before) -> log.info("{}: {} -> {}", name, before, now));
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        this.streamsMetrics.bindTo(metrics);
    }

    public StreamsStage start() {
        streams.start();
        return this;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
    }
}
