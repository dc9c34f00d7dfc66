package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsflow ingest --seeds` killed with SIGKILL mid-crawl and started again: every page of the site ends on
 * pages.raw exactly once (read_committed), and a page whose record was committed before the kill is not
 * fetched again. Only fetches in flight at the kill (fetched, not yet committed) may be repeated.
 */
@ExtendWith(KafkaBrokerExtension.class)
class CrawlerKillIT {

    private static final int PAGES = 40;
    private final AvroSerdes serdes = AvroSerdes.registryFree();

    @Test
    void aCrawlerKilledMidCrawlAndRestartedLosesNothingAndRefetchesNoCommittedPage(
            KafkaCluster kafka, @TempDir Path dir) throws Exception {
        Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        HttpServer site = site(hits);
        try {
            NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), dir.resolve("state"));
            TopicPlan.ensure(config.kafka(), config.topics());
            String pagesRaw = config.topics().pagesRaw();
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            Path seeds = Files.writeString(dir.resolve("seeds.txt"), "sitemap " + base + "/sitemap.xml\n");
            Map<String, String> crawl = Map.of(
                    "topics.crawl.frontier", kafka.uniqueName("frontier"),
                    "topics.crawl.history", kafka.uniqueName("history"),
                    "ingest.group.id", kafka.uniqueName("crawler"),
                    "ingest.politeness.delay.ms", "150",
                    "ingest.fetch.private.allow", "127.0.0.0/8"); // the site is on loopback; nothing else is contacted
            List<String> args = List.of("ingest", "--seeds", seeds.toString());

            Set<String> committedBeforeKill;
            try (StageProcess first = StageProcess.start(args, crawl, config, dir.resolve("a"), dir.resolve("a.log"))) {
                ExactlyOnce.awaitAtLeast(kafka, pagesRaw, PAGES / 4, Duration.ofSeconds(120));
                first.kill();
                committedBeforeKill = paths(kafka, pagesRaw, Duration.ofSeconds(2));
            }
            System.out.printf(
                    "crawler killed with %d of %d pages committed on %s%n",
                    committedBeforeKill.size(), PAGES, pagesRaw);
            assertThat(committedBeforeKill).as("killed mid-crawl").hasSizeLessThan(PAGES);

            try (StageProcess second =
                    StageProcess.start(args, crawl, config, dir.resolve("a"), dir.resolve("b.log"))) {
                List<RawPage> pages = ExactlyOnce.assertEachOnce(
                        kafka,
                        pagesRaw,
                        serdes.rawPage().deserializer(),
                        RawPage::getUrl,
                        PAGES,
                        Duration.ofSeconds(180));
                assertThat(second.isAlive())
                        .as("the restarted crawler is still running")
                        .isTrue();
                assertThat(pages)
                        .extracting(p -> URI.create(p.getUrl()).getPath())
                        .containsExactlyInAnyOrderElementsOf(pagePaths());
            }
            for (String path : committedBeforeKill) {
                assertThat(hits.get(path).get())
                        .as("%s was committed before the kill: fetched once", path)
                        .isEqualTo(1);
            }
            long again = pagePaths().stream().filter(p -> hits.get(p).get() > 1).count();
            System.out.printf("pages fetched twice (in flight at the kill): %d%n", again);
        } finally {
            site.stop(0);
        }
    }

    private static List<String> pagePaths() {
        return IntStream.rangeClosed(1, PAGES).mapToObj(i -> "/p" + i).toList();
    }

    private Set<String> paths(KafkaCluster kafka, String topic, Duration quiet) {
        return kafka.readFor(topic, quiet).stream()
                .map(r -> URI.create(serdes.rawPage()
                                .deserializer()
                                .deserialize(topic, r.value())
                                .getUrl())
                        .getPath())
                .collect(Collectors.toSet());
    }

    /** A loopback site: a sitemap of {@value #PAGES} article pages, no robots.txt; counts hits per path. */
    private static HttpServer site(Map<String, AtomicInteger> hits) throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            String body;
            String type = "text/html; charset=utf-8";
            int status = 200;
            if (path.equals("/sitemap.xml")) {
                type = "application/xml";
                body = pagePaths().stream()
                        .map(p -> "<url><loc>" + base + p + "</loc></url>")
                        .collect(Collectors.joining(
                                "", "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>", "</urlset>"));
            } else if (path.startsWith("/p")) {
                body = "<html><head><title>Story " + path + "</title></head><body><article><p>The story of " + path
                        + ", told in full.</p></article></body></html>";
            } else {
                status = 404;
                body = "not here";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        site.start();
        return site;
    }
}
