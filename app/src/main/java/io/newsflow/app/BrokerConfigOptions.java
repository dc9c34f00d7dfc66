package io.newsflow.app;

import java.util.Map;
import picocli.CommandLine.Option;

/** The configuration options of a stage that connects to a Kafka broker: those of all commands, and the broker. */
public final class BrokerConfigOptions extends ConfigOptions {

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT,...",
            description = "Kafka brokers (setting kafka.bootstrap.servers, env NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Override
    Map<String, String> optionSettings() {
        return bootstrapServers == null ? Map.of() : Map.of("kafka.bootstrap.servers", bootstrapServers);
    }
}
