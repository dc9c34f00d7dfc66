package io.newsflow.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private OpsServer server;
    private String base;

    @BeforeEach
    void start() {
        server = OpsServer.start(
                "127.0.0.1",
                0,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                () -> new OpsServer.Readiness(false, "brokers at kafka-prod-1.internal:9092 do not answer"));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        assertThat(send("GET", "/health").statusCode()).isEqualTo(200);
        HttpResponse<String> head = send("HEAD", "/health");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> r = send(method, "/health");
            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
        }
    }

    @Test
    void pathsMatchExactly() throws Exception {
        assertThat(send("GET", "/metrics").statusCode()).isEqualTo(200);
        for (String path : List.of("/healthXYZ", "/health/x", "/ready/", "/", "/metrics.json", "/READY")) {
            assertThat(send("GET", path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void readinessSaysTheStateAndNothingAboutTheDeployment() throws Exception {
        HttpResponse<String> r = send("GET", "/ready");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).isEqualTo("not ready\n");
    }

    @Test
    void listensOnTheConfiguredInterfaceOnly() {
        assertThat(server.address()).isEqualTo("127.0.0.1");
    }

    @Test
    void stalledRequestsDoNotStarveTheHealthCheck() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                OutputStream out = s.getOutputStream();
                out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII)); // never ends
                out.flush();
                stalled.add(s);
            }
            long t0 = System.nanoTime();
            assertThat(send("GET", "/health").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            // and the server closes them: a stalled request is cut after a few seconds
            stalled.get(0).setSoTimeout(15_000);
            assertThat(stalled.get(0).getInputStream().read()).isEqualTo(-1);
        } finally {
            for (Socket s : stalled) s.close();
        }
    }
}
