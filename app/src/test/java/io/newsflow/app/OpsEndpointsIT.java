package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.kafka.Publish;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage's metrics move when pages flow, and /ready tells the truth when the broker goes away and
 * comes back. This test owns its broker (it stops it), so it does not use the shared one.
 */
class OpsEndpointsIT {

    private static final Pattern ARTICLES =
            Pattern.compile("(?m)^newsflow_enrich_pages_total\\{outcome=\"article\"[^}]*} ([0-9.]+)");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void metricsMoveWithThePagesAndReadinessFollowsTheBroker(@TempDir Path state) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            NewsflowConfig config = IsolatedConfig.on(broker.bootstrapServers(), state);
            try (StageCommand enrich = StageCommand.start("enrich", config, "127.0.0.1", 0, Stages::enrich)) {
                String base = "http://127.0.0.1:" + enrich.opsPort();
                assertThat(get(base + "/health").statusCode()).isEqualTo(200);
                await(base + "/ready", r -> r.statusCode() == 200, Duration.ofSeconds(60));

                int pages = Math.toIntExact(Publish.folder(config.ingest(), Path.of("../samples")));
                HttpResponse<String> metrics =
                        await(base + "/metrics", r -> articles(r.body()) >= 1, Duration.ofSeconds(60));
                assertThat(articles(metrics.body())).isBetween(1.0, (double) pages);
                assertThat(metrics.body())
                        .contains(
                                "newsflow_enrich_extract_seconds_count",
                                "jvm_memory_used_bytes",
                                "kafka_stream_thread");
                assertThat(metrics.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("text/plain");

                broker.stop();
                HttpResponse<String> down = await(base + "/ready", r -> r.statusCode() == 503, Duration.ofSeconds(60));
                assertThat(down.body())
                        .as("the state, nothing about the deployment")
                        .isEqualTo("not ready\n");
                assertThat(get(base + "/health").statusCode())
                        .as("alive while the broker is away")
                        .isEqualTo(200);

                broker.restart();
                await(base + "/ready", r -> r.statusCode() == 200, Duration.ofSeconds(90));
            }
        }
    }

    private static double articles(String scrape) {
        Matcher m = ARTICLES.matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> await(String url, Predicate<HttpResponse<String>> condition, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(url);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no match for " + url + " within " + timeout + "; last: "
                + (last == null
                        ? "none"
                        : last.statusCode() + " " + last.body().lines().limit(3).toList()));
    }
}
