package io.newsflow.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Many small web sites on loopback only: site i listens on 127.0.0.(i+2) on a free port, so each is its
 * own host (and politeness key) for the crawler. Every request is logged with its arrival time, which is
 * what the tests check politeness and robots against.
 */
public final class LocalWeb implements AutoCloseable {

    /** One request as the server saw it. */
    public record Hit(
            String host, String path, String userAgent, long atNanos, Instant at, Map<String, String> headers) {

        /** A request header by lower-case name, or null. */
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Writes a response; see {@link Responses}. */
    @FunctionalInterface
    public interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    public final class Site {
        private final HttpServer server;
        private final Map<String, Responder> routes = new ConcurrentHashMap<>();

        Site(HttpServer server) {
            this.server = server;
        }

        public String host() {
            return server.getAddress().getAddress().getHostAddress();
        }

        public URI url(String path) {
            return URI.create("http://" + host() + ":" + server.getAddress().getPort() + path);
        }

        public Site on(String path, Responder responder) {
            routes.put(path, responder);
            return this;
        }

        public Site html(String path, String html) {
            return on(path, Responses.html(html));
        }

        public List<Hit> hits() {
            return LocalWeb.this.hits.stream()
                    .filter(h -> h.host().equals(host()))
                    .toList();
        }

        void handle(HttpExchange ex) throws IOException {
            String path = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + ex.getRequestURI().getRawQuery());
            Map<String, String> headers = new HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            hits.add(new Hit(
                    host(),
                    path,
                    ex.getRequestHeaders().getFirst("User-Agent"),
                    System.nanoTime(),
                    Instant.now(),
                    Map.copyOf(headers)));
            Responder r = routes.getOrDefault(path, Responses.status(404));
            try {
                r.respond(ex);
            } catch (IOException clientWentAway) {
                // the crawler cut a body short on purpose (size or time limit)
            } finally {
                ex.close();
            }
        }
    }

    private final List<Site> sites = new ArrayList<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-web");
        t.setDaemon(true);
        return t;
    });

    public static LocalWeb start(int siteCount) throws IOException {
        LocalWeb web = new LocalWeb();
        for (int i = 0; i < siteCount; i++) {
            int n = i + 2; // 127.0.0.2, 127.0.0.3, ...: all of 127/8 is loopback on Linux
            InetAddress addr = InetAddress.getByAddress(new byte[] {127, 0, (byte) (n / 250), (byte) (n % 250)});
            HttpServer server = HttpServer.create(new InetSocketAddress(addr, 0), 100);
            Site site = web.new Site(server);
            server.createContext("/", site::handle);
            server.setExecutor(web.pool);
            server.start();
            web.sites.add(site);
        }
        return web;
    }

    public Site site(int i) {
        return sites.get(i);
    }

    public List<Site> sites() {
        return List.copyOf(sites);
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    @Override
    public void close() {
        sites.forEach(s -> s.server.stop(0));
        pool.shutdownNow();
    }
}
