package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.kafka.PagePublisher;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage's metrics move when pages flow, dead letters show on /metrics with their reason, and /ready tells the truth when the broker goes away and
 * comes back. This test owns its broker (it stops it), so it does not use the shared one.
 */
class OpsEndpointsIT {

    /** Prometheus keeps the first tag-key set it sees for a name: dead letters must share the articles' keys. */
    private static final Pattern BINARY_DEAD_LETTERS = Pattern.compile(
            "(?m)^newsflow_enrich_pages_total\\{outcome=\"dead_letter\",reason=\"binary-body\"[^}]*} ([0-9.]+)");

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

                int pages = Math.toIntExact(Publish.folder(config.ingest(), config.kafka(), Path.of("../samples")));
                try (PagePublisher publisher =
                        new PagePublisher(config.kafka(), config.topics().pagesRaw())) {
                    publisher.accept(pngPage()); // an image where a page was expected: a dead letter
                }
                HttpResponse<String> metrics = await(
                        base + "/metrics",
                        r -> articles(r.body()) >= 1 && count(BINARY_DEAD_LETTERS, r.body()) >= 1,
                        Duration.ofSeconds(90));
                assertThat(articles(metrics.body())).isBetween(1.0, (double) pages);
                assertThat(count(BINARY_DEAD_LETTERS, metrics.body())).isEqualTo(1);
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
        return count(ARTICLES, scrape);
    }

    private static double count(Pattern line, String scrape) {
        Matcher m = line.matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static RawPage pngPage() {
        byte[] png = new byte[4096];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        return RawPage.newBuilder()
                .setUrl("https://images.example/logo")
                .setFetchedAt(Instant.now())
                .setContentType("text/html")
                .setBody(ByteBuffer.wrap(png))
                .setSource(PageSource.CRAWL)
                .build();
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
