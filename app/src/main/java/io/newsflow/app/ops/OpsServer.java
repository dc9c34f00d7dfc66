package io.newsflow.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face every stage shows to Prometheus and orchestrators: {@code /metrics} (Prometheus text),
 * {@code /health} (the process answers) and {@code /ready} (200 only while the stage can do its work).
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    /** Whether a stage can do its work now, and if not, why. */
    public record Readiness(boolean ready, String detail) {}

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    public static OpsServer start(int port, PrometheusMeterRegistry metrics, Supplier<Readiness> readiness) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
            server.createContext(
                    "/metrics", ex -> reply(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
            server.createContext("/health", ex -> reply(ex, 200, "text/plain", "ok\n"));
            server.createContext("/ready", ex -> {
                Readiness r = readiness.get();
                reply(ex, r.ready() ? 200 : 503, "text/plain", r.detail() + "\n");
            });
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "newsflow-ops-http");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            log.info(
                    "metrics and health on http://0.0.0.0:{}/metrics, /health, /ready",
                    server.getAddress().getPort());
            return new OpsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the metrics/health port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
