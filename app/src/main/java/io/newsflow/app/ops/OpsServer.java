package io.newsflow.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face every stage shows to Prometheus and orchestrators: {@code /metrics} (Prometheus text),
 * {@code /health} (the process answers) and {@code /ready} (200 only while the stage can do its work; the
 * body is the state and nothing else, the reason goes to the log). Exact paths, GET and HEAD only (405
 * otherwise), a small pool of threads, and requests that stall are cut after a few seconds, so one slow
 * client cannot starve the health check.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    private static final int THREADS = 8;
    private static final AtomicInteger NAMES = new AtomicInteger();

    static {
        // The JDK server reads these once, when its first instance is made: seconds a request may take to
        // arrive and a response to be taken, before the connection is closed.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "3"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "10"));
    }

    /** Whether a stage can do its work now, and if not, why (for the log, not for the response). */
    public record Readiness(boolean ready, String detail) {}

    private final HttpServer server;
    private final ExecutorService pool;

    private OpsServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Binds now, so that a port in use fails before any work starts.
     *
     * @param bindAddress interface to listen on ({@code ops.bind.address}): 0.0.0.0 in containers, 127.0.0.1
     *                    for a local run
     */
    public static OpsServer start(
            String bindAddress, int port, PrometheusMeterRegistry metrics, Supplier<Readiness> readiness) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 16);
        } catch (BindException e) {
            throw new IllegalStateException("ops port " + bindAddress + ":" + port
                    + " is in use or not available (setting ops.port, option --ops-port): " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ops port " + bindAddress + ":" + port, e);
        }
        server.createContext("/", ex -> {
            try (ex) {
                route(ex, metrics, readiness);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "newsflow-ops-http-" + NAMES.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.start();
        log.info(
                "metrics and health on http://{}:{}/metrics, /health, /ready",
                bindAddress,
                server.getAddress().getPort());
        return new OpsServer(server, pool);
    }

    private static void route(HttpExchange ex, PrometheusMeterRegistry metrics, Supplier<Readiness> readiness)
            throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        boolean known = path.equals("/metrics") || path.equals("/health") || path.equals("/ready");
        if (!known) {
            reply(ex, 404, "not found\n");
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            reply(ex, 405, "method not allowed\n");
            return;
        }
        switch (path) {
            case "/metrics" -> {
                ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                reply(ex, 200, metrics.scrape());
            }
            case "/health" -> reply(ex, 200, "ok\n");
            default -> {
                Readiness r = readiness.get();
                if (!r.ready()) log.info("not ready: {}", r.detail());
                reply(ex, r.ready() ? 200 : 503, r.ready() ? "ready\n" : "not ready\n");
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return server.getAddress().getAddress().getHostAddress();
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        }
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
