package io.newsflow.testkit;

import java.time.Duration;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The real Apicurio Registry for tests (the image and version compose runs, in-memory storage): a running one named
 * by {@code NEWSFLOW_TEST_REGISTRY_URL} (e.g. compose's, {@code http://127.0.0.1:8089/apis/registry/v3}), else
 * Testcontainers' container where a Docker engine answers. There is no stand-in: without either, tests that
 * need a registry are skipped with the reason. (Running the registry in-process was tried and is not possible from
 * Maven Central here: see NOTES-i15.md.)
 */
public final class ApicurioRegistry implements AutoCloseable {

    public static final String IMAGE = "apicurio/apicurio-registry:3.1.7";
    public static final String URL_VARIABLE = "NEWSFLOW_TEST_REGISTRY_URL";

    private final String url;
    private final GenericContainer<?> container;

    private ApicurioRegistry(String url, GenericContainer<?> container) {
        this.url = url;
        this.container = container;
    }

    /** A registry, or empty when none can be had (the reason is {@link #unavailableBecause()}). */
    public static Optional<ApicurioRegistry> start() {
        String given = System.getenv(URL_VARIABLE);
        if (given != null && !given.isBlank()) {
            return Optional.of(new ApicurioRegistry(given, null));
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        GenericContainer<?> c = new GenericContainer<>(IMAGE)
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/health/ready").forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(3));
        c.start();
        return Optional.of(
                new ApicurioRegistry("http://" + c.getHost() + ":" + c.getMappedPort(8080) + "/apis/registry/v3", c));
    }

    public static String unavailableBecause() {
        return "no schema registry: set " + URL_VARIABLE
                + " to a running Apicurio Registry, or run where Docker answers";
    }

    /** The core REST API ({@code …/apis/registry/v3}), as {@code kafka.schema.registry.url} takes it. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        if (container != null) {
            container.stop();
        }
    }
}
