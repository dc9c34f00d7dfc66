package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.CrawlProgress;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow ingest --seeds`: its /metrics move while it crawls a loopback site, /ready says it crawls, the progress line prints. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestOpsIT {

    private static final int PAGES = 16;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void metricsMoveWhileItCrawls(KafkaCluster kafka, @TempDir Path state) throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        StringBuilder links = new StringBuilder();
        for (int i = 1; i < PAGES; i++)
            links.append("<a href='/p").append(i).append("'>").append(i).append("</a>");
        site.createContext("/", ex -> {
            byte[] body = (ex.getRequestURI().getPath().equals("/") ? links.toString() : "<p>story</p>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/robots.txt") ? 404 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        site.start();
        NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), state);
        CrawlerConfig crawler = config.ingest()
                .withPrivateAllowList(List.of("127.0.0.0/8")) // the site is on loopback; nothing else is contacted
                .withPolitenessDelay(Duration.ofMillis(250))
                .withTopics(config.topics().pagesRaw(), kafka.uniqueName("frontier"), kafka.uniqueName("history"))
                .withConsumerGroup(kafka.uniqueName("crawler"));
        URI seed = URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (IngestCrawl crawl = IngestCrawl.start(crawler, config, "ops-it", "127.0.0.1", 0)) {
            String base = "http://localhost:" + crawl.opsPort();
            assertThat(get(base + "/health").statusCode()).isEqualTo(200);
            assertThat(get(base + "/ready").statusCode()).as("not crawling yet").isEqualTo(503);
            crawl.submit(List.of(Discovered.seed(seed)));
            CrawlProgressLine progress = new CrawlProgressLine(
                    crawl.metrics(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8),
                    false,
                    Duration.ofMillis(500));
            Future<CrawlProgress> run =
                    thread.submit(() -> crawl.run(p -> stop.get() || p.pagesPublished() >= PAGES, progress));

            await(base + "/ready", body -> true, 200);
            double early = value(
                    await(base + "/metrics", body -> value(body, "newsflow_ingest_pages_published_total") >= 1, 200),
                    "newsflow_ingest_pages_published_total");
            String later = await(
                    base + "/metrics", body -> value(body, "newsflow_ingest_pages_published_total") >= PAGES, 200);
            assertThat(value(later, "newsflow_ingest_pages_published_total"))
                    .isGreaterThan(early)
                    .isEqualTo(PAGES);
            assertThat(value(later, "newsflow_ingest_fetch_total\\{outcome=\"2xx\""))
                    .isGreaterThanOrEqualTo(PAGES);
            assertThat(value(later, "newsflow_ingest_fetch_bytes_total")).isGreaterThan(PAGES * 10);
            assertThat(later)
                    .contains(
                            "newsflow_ingest_politeness_wait_seconds_count",
                            "newsflow_ingest_queue_requests",
                            "newsflow_ingest_requests_done_total",
                            "jvm_memory_used_bytes");
            assertThat(run.get(30, TimeUnit.SECONDS).pagesPublished()).isEqualTo(PAGES);
            assertThat(get(base + "/ready").statusCode()).as("done crawling").isEqualTo(503);
        } finally {
            stop.set(true);
            thread.shutdownNow();
            site.stop(0);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("pages published")
                .contains("req/s")
                .contains("2xx");
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + "[^ ]* ([0-9.E+]+)").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String await(String url, Predicate<String> condition, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(url);
            if (last.statusCode() == status && condition.test(last.body())) {
                return last.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "no match for " + url + " within 60 s; last: " + (last == null ? "none" : last.statusCode()));
    }
}
