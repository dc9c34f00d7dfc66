package io.newsflow.testkit;

import io.newsflow.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives an integration test a real Kafka broker as a {@link KafkaCluster} parameter.
 *
 * <p>Where a Docker engine answers, the broker is Testcontainers' {@code apache/kafka} container; where it
 * does not (CI here has none), it is Kafka's own KRaft broker in this JVM. One broker serves every
 * test of the JVM; tests keep apart by {@link KafkaCluster#uniqueName}. Set the system property
 * {@code newsflow.test.broker} to {@code embedded} or {@code docker} to force a choice.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static final String IMAGE = "apache/kafka:4.1.1";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedBroker.class, k -> SharedBroker.start(), SharedBroker.class)
                .cluster();
    }

    /** Closed by JUnit when the whole run ends (JUnit closes AutoCloseable values of the root store). */
    private record SharedBroker(KafkaCluster cluster, Runnable stop) implements AutoCloseable {

        static SharedBroker start() {
            String choice = System.getProperty("newsflow.test.broker", "auto");
            if (choice.equals("docker") || (choice.equals("auto") && dockerAvailable())) {
                KafkaContainer container = new KafkaContainer(IMAGE);
                container.start();
                log.info("integration tests use Testcontainers Kafka at {}", container.getBootstrapServers());
                return new SharedBroker(
                        new KafkaCluster(container.getBootstrapServers(), "testcontainers"), container::stop);
            }
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
            log.info(
                    "no Docker engine: integration tests use the in-process KRaft broker at {}",
                    broker.bootstrapServers());
            return new SharedBroker(new KafkaCluster(broker.bootstrapServers(), "embedded"), broker::close);
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable t) {
                return false;
            }
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
