package io.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.source.SeedList;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.ingest.web.Responses;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.kafka.TopicProvisioner;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole crawler against loopback web sites and the real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class CrawlerIT {

    static final Duration DELAY = Duration.ofMillis(200);
    static LocalWeb web;
    final Deserializer<RawPage> pages = AvroSerdes.registryFree().rawPage().deserializer();

    @BeforeAll
    static void startWeb() throws Exception {
        web = LocalWeb.start(17);
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    /** The broker, with the crawler's topics created as the stage that starts a crawler would. */
    static KafkaSettings topics(KafkaCluster kafka, CrawlerConfig config) {
        KafkaSettings settings = KafkaSettings.at(kafka.bootstrapServers());
        TopicProvisioner.ensure(
                settings,
                Stream.of(config.pagesTopic(), config.frontierTopic(), config.historyTopic())
                        .map(t -> new NewTopic(t, 6, (short) 1))
                        .toList());
        return settings;
    }

    static CrawlerConfig config(KafkaCluster kafka) {
        return CrawlerConfig.defaults()
                .withPrivateAllowList(
                        List.of("127.0.0.0/8")) // the sites are on loopback; nothing else is ever contacted
                .withTopics(kafka.uniqueName("pages"), kafka.uniqueName("frontier"), kafka.uniqueName("history"))
                .withConsumerGroup(kafka.uniqueName("crawlers"))
                .withPolitenessDelay(DELAY)
                .withTimeouts(
                        Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(3)) // generous: 2 shared cores
                .withMaxBodyBytes(64 * 1024)
                .withMaxRetries(1)
                .withRobotsErrorBackoff(Duration.ofMinutes(1));
    }

    static Predicate<CrawlProgress> quietOrTimeUp(Duration quiet, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        return CrawlProgress.quietFor(quiet).or(p -> System.nanoTime() > end);
    }

    @Test
    void crawlsEveryAllowedPageOnceAndNothingDisallowed(KafkaCluster kafka) {
        LocalWeb.Site a = web.site(0);
        LocalWeb.Site b = web.site(1);
        LocalWeb.Site c = web.site(2);
        a.on(
                        "/robots.txt",
                        Responses.text(
                                "text/plain",
                                "User-agent: *\nDisallow: /private/\nSitemap: " + a.url("/sitemap_index.xml") + "\n"))
                .html(
                        "/",
                        "<link rel='alternate' type='application/rss+xml' href='/feed.rss'>"
                                + "<a href='/a1'>1</a><a href='/a2'>2</a><a href='/private/p'>p</a><a href='"
                                + b.url("/b1") + "'>other host</a>")
                .html("/a1", "<p>a1</p>")
                .html("/a2", "<p>a2</p>")
                .html("/a3", "<p>a3</p>")
                .html("/a4", "<p>a4</p>")
                .on(
                        "/feed.rss",
                        Responses.text(
                                "application/rss+xml",
                                "<rss version='2.0'><channel><title>A</title>"
                                        + "<item><title>Three</title><link>" + a.url("/a3") + "</link></item>"
                                        + "<item><title>One</title><link>" + a.url("/a1")
                                        + "</link></item></channel></rss>"))
                .on(
                        "/sitemap_index.xml",
                        Responses.text(
                                "application/xml",
                                "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>" + "<sitemap><loc>"
                                        + a.url("/news.xml") + "</loc></sitemap></sitemapindex>"))
                .on(
                        "/news.xml",
                        Responses.text(
                                "application/xml",
                                "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                                        + "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
                                        + "<url><loc>" + a.url("/a4")
                                        + "</loc><news:news><news:title>Four</news:title></news:news></url>"
                                        + "<url><loc>" + a.url("/private/x") + "</loc></url></urlset>"));
        b.html(
                        "/",
                        "<a href='/b1'>1</a><a href='/b2'>2</a><a href='/b3'>3</a><a href='/big'>big</a><a href='/bomb'>bomb</a>"
                                + "<a href='/latin'>latin</a><a href='/slow'>slow</a>")
                .html("/b1", "<p>b1</p>")
                .on("/b2", Responses.redirect(301, "/b2-final"))
                .html("/b2-final", "<p>moved</p>")
                .on("/b3", Responses.status(500))
                .on("/big", Responses.body(200, "text/html", new byte[1 << 20]))
                .on("/bomb", Responses.gzipBomb(64))
                .on("/latin", Responses.mislabelled("<p>caf\u00e9</p>", StandardCharsets.UTF_8, "iso-8859-1"))
                .on("/slow", Responses.slowHeaders(4000, "<p>late</p>"));
        c.on("/robots.txt", Responses.status(503)).html("/", "<p>never fetched</p>");

        CrawlerConfig config = config(kafka);
        CrawlProgress end = Crawler.run(
                config,
                topics(kafka, config),
                List.of(Discovered.seed(a.url("/")), Discovered.seed(b.url("/")), Discovered.seed(c.url("/"))),
                quietOrTimeUp(Duration.ofSeconds(2), Duration.ofSeconds(60)));

        List<RawPage> published = kafka.readAtLeast(config.pagesTopic(), 100, Duration.ofSeconds(4)).stream()
                .map(r -> pages.deserialize(config.pagesTopic(), r.value()))
                .toList();
        assertThat(published)
                .extracting(RawPage::getUrl)
                .containsExactlyInAnyOrder(
                        a.url("/").toString(),
                        a.url("/a1").toString(),
                        a.url("/a2").toString(),
                        a.url("/a3").toString(),
                        a.url("/a4").toString(),
                        b.url("/").toString(),
                        b.url("/b1").toString(),
                        b.url("/b2").toString(),
                        b.url("/big").toString(),
                        b.url("/latin").toString());
        assertThat(end.pagesPublished()).isEqualTo(10);

        Map<String, RawPage> byUrl = published.stream().collect(Collectors.toMap(RawPage::getUrl, p -> p));
        assertThat(byUrl.get(b.url("/b2").toString()).getFinalUrl())
                .isEqualTo(b.url("/b2-final").toString());
        assertThat(byUrl.get(b.url("/big").toString()).getTruncated()).isTrue();
        assertThat(byUrl.get(b.url("/big").toString()).getBody().remaining()).isEqualTo(64 * 1024);
        assertThat(byUrl.get(b.url("/latin").toString()).getDeclaredCharset()).isEqualTo("iso-8859-1");
        assertThat(byUrl.get(a.url("/a3").toString()).getSource()).isEqualTo(PageSource.FEED);
        assertThat(byUrl.get(a.url("/a3").toString()).getSourceMeta()).containsEntry("item.title", "Three");
        assertThat(byUrl.get(a.url("/a4").toString()).getSource()).isEqualTo(PageSource.SITEMAP);
        assertThat(byUrl.get(a.url("/a4").toString()).getSourceMeta()).containsEntry("item.title", "Four");

        // the server's own log: robots obeyed, each page asked for once, retries bounded, spacing kept
        assertThat(web.hits()).noneMatch(h -> h.path().startsWith("/private/"));
        assertThat(c.hits()).extracting(LocalWeb.Hit::path).containsExactly("/robots.txt");
        for (String path : List.of("/", "/a1", "/a2", "/a3", "/a4", "/feed.rss", "/sitemap_index.xml", "/news.xml")) {
            assertThat(a.hits()).as(path).filteredOn(h -> h.path().equals(path)).hasSize(1);
        }
        assertThat(b.hits()).filteredOn(h -> h.path().equals("/b3")).hasSize(2); // one retry, then given up
        assertThat(b.hits()).filteredOn(h -> h.path().equals("/slow")).hasSize(2);
        for (LocalWeb.Site site : List.of(a, b, c)) {
            assertSpacing(site.hits(), DELAY);
        }
    }

    @Test
    void aRestartedCrawlerResumesWithoutRefetching(KafkaCluster kafka) {
        LocalWeb.Site site = web.site(3);
        StringBuilder urlset = new StringBuilder("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>");
        for (int i = 1; i <= 12; i++) {
            site.html("/p" + i, "<p>page " + i + "</p>");
            urlset.append("<url><loc>").append(site.url("/p" + i)).append("</loc></url>");
        }
        site.on(
                "/sitemap.xml",
                Responses.text("application/xml", urlset.append("</urlset>").toString()));
        CrawlerConfig config = config(kafka);
        List<Discovered> seeds = List.of(
                new Discovered(site.url("/sitemap.xml"), Discovered.Kind.SITEMAP, PageSource.SITEMAP, Map.of()));

        try (Crawler first = new Crawler(config, topics(kafka, config), "restart-me", new SimpleMeterRegistry())) {
            first.submit(seeds);
            CrawlProgress stopped = first.runUntil(p -> p.pagesPublished() >= 4);
            assertThat(stopped.pagesPublished()).isBetween(4L, 11L);
        }
        try (Crawler second = new Crawler(config, topics(kafka, config), "restart-me", new SimpleMeterRegistry())) {
            second.submit(seeds); // the operator restarts with the same seeds
            second.runUntil(quietOrTimeUp(Duration.ofSeconds(2), Duration.ofSeconds(60)));
        }

        List<String> urls = kafka.readAtLeast(config.pagesTopic(), 100, Duration.ofSeconds(4)).stream()
                .map(r -> pages.deserialize(config.pagesTopic(), r.value()).getUrl())
                .toList();
        assertThat(urls).hasSize(12).doesNotHaveDuplicates();
        for (int i = 1; i <= 12; i++) {
            String path = "/p" + i;
            assertThat(site.hits())
                    .as(path)
                    .filteredOn(h -> h.path().equals(path))
                    .hasSize(1);
        }
        assertThat(site.hits()).filteredOn(h -> h.path().equals("/sitemap.xml")).hasSize(1);
        assertSpacing(site.hits(), DELAY);
    }

    @Test
    void twoInstancesInOneGroupSplitTheHosts(KafkaCluster kafka) throws Exception {
        List<LocalWeb.Site> sites = IntStream.range(4, 16).mapToObj(web::site).toList();
        for (LocalWeb.Site s : sites) {
            s.html("/", "<a href='/x1'>1</a><a href='/x2'>2</a>")
                    .html("/x1", "<p>1</p>")
                    .html("/x2", "<p>2</p>");
        }
        CrawlerConfig shared = config(kafka);
        CrawlerConfig one = shared.withUserAgent(CrawlerConfig.DEFAULT_USER_AGENT + " instance-one");
        CrawlerConfig two = shared.withUserAgent(CrawlerConfig.DEFAULT_USER_AGENT + " instance-two");
        AtomicLong seededAt = new AtomicLong(Long.MAX_VALUE);
        AtomicBoolean abort = new AtomicBoolean();
        // quiet counts only once the seeds are in: an instance idle while waiting for them must not stop
        Predicate<CrawlProgress> stop = quietOrTimeUp(Duration.ofSeconds(3), Duration.ofSeconds(60))
                .and(p -> System.nanoTime() - seededAt.get()
                        > Duration.ofSeconds(3).toNanos())
                .or(p -> abort.get());
        // own threads: the common pool has a single thread on a 2-core machine and would run the crawlers one after the
        // other
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "crawler-instance");
            t.setDaemon(true); // a crawler stuck in a broken group must not keep the test JVM alive
            return t;
        });
        try (Crawler c1 = new Crawler(one, topics(kafka, one), "one", new SimpleMeterRegistry());
                Crawler c2 = new Crawler(two, topics(kafka, two), "two", new SimpleMeterRegistry())) {
            // one after the other: each join is a plain rebalance, and no host can move once seeds flow
            Future<CrawlProgress> r1 = threads.submit(() -> c1.runUntil(stop));
            awaitStableGroup(kafka, shared.consumerGroup(), 1);
            Future<CrawlProgress> r2 = threads.submit(() -> c2.runUntil(stop));
            awaitStableGroup(kafka, shared.consumerGroup(), 2);
            c1.submit(sites.stream().map(s -> Discovered.seed(s.url("/"))).toList());
            seededAt.set(System.nanoTime());
            long total = r1.get(90, TimeUnit.SECONDS).pagesPublished()
                    + r2.get(90, TimeUnit.SECONDS).pagesPublished();
            assertThat(total).isEqualTo(36);
        } finally {
            abort.set(true);
            threads.shutdown();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }

        Set<String> agentsSeen = new HashSet<>();
        for (LocalWeb.Site s : sites) {
            Set<String> agents = s.hits().stream().map(LocalWeb.Hit::userAgent).collect(Collectors.toSet());
            assertThat(agents).as("crawlers that fetched from " + s.host()).hasSize(1);
            agentsSeen.addAll(agents);
            assertSpacing(s.hits(), DELAY);
        }
        assertThat(agentsSeen).as("both instances did work").hasSize(2);
        List<String> urls = kafka.readAtLeast(shared.pagesTopic(), 100, Duration.ofSeconds(4)).stream()
                .map(r -> pages.deserialize(shared.pagesTopic(), r.value()).getUrl())
                .toList();
        assertThat(urls).hasSize(36).doesNotHaveDuplicates();
    }

    @Test
    void pollsAFeedAgainAdaptivelyAndAsksConditionally(KafkaCluster kafka) throws Exception {
        LocalWeb.Site site = web.site(16);
        AtomicInteger polls = new AtomicInteger();
        String one = "<item><title>One</title><link>" + site.url("/n1") + "</link></item>";
        String two = "<item><title>Two</title><link>" + site.url("/n2") + "</link></item>";
        LocalWeb.Responder v1 = Responses.versioned("\"v1\"", "Tue, 01 Apr 2025 10:00:00 GMT", rss(one));
        LocalWeb.Responder v2 = Responses.versioned("\"v2\"", "Tue, 01 Apr 2025 11:00:00 GMT", rss(two + one));
        site.on(
                        "/feed.xml",
                        ex -> (polls.incrementAndGet() <= 2 ? v1 : v2)
                                .respond(ex)) // news arrives before the third poll
                .html("/n1", "<p>one</p>")
                .html("/n2", "<p>two</p>")
                .on(
                        "/story",
                        Responses.versioned("\"s1\"", "Tue, 01 Apr 2025 09:00:00 GMT", Responses.html("<p>story</p>")));
        CrawlerConfig config =
                config(kafka).withFeedRevisit(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(4));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Discovered feed = new Discovered(site.url("/feed.xml"), Discovered.Kind.FEED, PageSource.FEED, Map.of());
        ExecutorService thread = Executors.newSingleThreadExecutor();
        AtomicBoolean enough = new AtomicBoolean();
        try (Crawler crawler = new Crawler(config, topics(kafka, config), "poller", registry)) {
            crawler.submit(List.of(feed, Discovered.seed(site.url("/story"))));
            Future<CrawlProgress> run = thread.submit(() -> crawler.runUntil(
                    quietOrTimeUp(Duration.ofMinutes(5), Duration.ofSeconds(60)).or(p -> enough.get())));
            awaitHits(
                    site, "/feed.xml", 2); // /story is done by then (a re-request of a page still in flight is dropped)
            crawler.submit(
                    SeedList.parse(List.of("refetch " + site.url("/story"))).seeds());
            awaitHits(site, "/feed.xml", 4);
            awaitHits(site, "/story", 2);
            Thread.sleep(1000); // let the last results commit
            enough.set(true);
            run.get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }

        List<LocalWeb.Hit> feedHits =
                site.hits().stream().filter(h -> h.path().equals("/feed.xml")).toList();
        assertThat(feedHits).extracting(h -> h.header("if-none-match")).startsWith(null, "\"v1\"", "\"v1\"", "\"v2\"");
        // interval: 1 s first, doubled after the 304 (no news), halved after the poll that brought /n2
        Duration firstGap =
                Duration.between(feedHits.get(0).at(), feedHits.get(1).at());
        Duration secondGap =
                Duration.between(feedHits.get(1).at(), feedHits.get(2).at());
        Duration thirdGap =
                Duration.between(feedHits.get(2).at(), feedHits.get(3).at());
        // a re-poll is aimed at its time within half a politeness delay (DELAY) either way, so it may come early
        assertThat(firstGap).isBetween(Duration.ofMillis(1000).minus(DELAY), Duration.ofMillis(1900));
        assertThat(secondGap).isBetween(Duration.ofMillis(2000).minus(DELAY), Duration.ofMillis(2900));
        assertThat(thirdGap).isBetween(Duration.ofMillis(1000).minus(DELAY), Duration.ofMillis(1900));

        List<LocalWeb.Hit> storyHits =
                site.hits().stream().filter(h -> h.path().equals("/story")).toList();
        assertThat(storyHits).extracting(h -> h.header("if-none-match")).containsExactly(null, "\"s1\"");
        List<String> urls = kafka.readAtLeast(config.pagesTopic(), 100, Duration.ofSeconds(4)).stream()
                .map(r -> pages.deserialize(config.pagesTopic(), r.value()).getUrl())
                .toList();
        assertThat(urls)
                .containsExactlyInAnyOrder(
                        site.url("/n1").toString(),
                        site.url("/n2").toString(),
                        site.url("/story").toString());
        assertThat(site.hits()).filteredOn(h -> h.path().equals("/n1")).hasSize(1);
        assertThat(registry.get("newsflow.ingest.fetch")
                        .tag("outcome", "not-modified")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(3);
    }

    private static LocalWeb.Responder rss(String items) {
        return Responses.text(
                "application/rss+xml",
                "<rss version='2.0'><channel><title>Polled</title>" + items + "</channel></rss>");
    }

    private static void awaitHits(LocalWeb.Site site, String path, int count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (site.hits().stream().filter(h -> h.path().equals(path)).count() < count) {
            if (System.nanoTime() > end) {
                throw new AssertionError(count + " requests for " + path + " expected; server saw "
                        + site.hits().stream().map(LocalWeb.Hit::path).toList());
            }
            Thread.sleep(50);
        }
    }

    /** Consecutive requests to one host, as the server saw them, are at least {@code delay} apart. */
    static void assertSpacing(List<LocalWeb.Hit> hits, Duration delay) {
        List<LocalWeb.Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingLong(LocalWeb.Hit::atNanos));
        for (int i = 1; i < sorted.size(); i++) {
            Duration gap =
                    Duration.ofNanos(sorted.get(i).atNanos() - sorted.get(i - 1).atNanos());
            assertThat(gap)
                    .as("gap before " + sorted.get(i).host() + sorted.get(i).path())
                    .isGreaterThanOrEqualTo(delay);
        }
    }

    static void awaitStableGroup(KafkaCluster kafka, String group, int members) throws Exception {
        try (Admin admin = kafka.admin()) {
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            ConsumerGroupDescription d = null;
            while (System.nanoTime() < end) {
                try {
                    d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                } catch (ExecutionException notYetThere) {
                    Thread.sleep(200);
                    continue;
                }
                if (d.members().size() == members
                        && d.members().stream()
                                .allMatch(m -> !m.assignment().topicPartitions().isEmpty())
                        && d.groupState().toString().equalsIgnoreCase("stable")) {
                    return;
                }
                Thread.sleep(200);
            }
            StringBuilder stacks = new StringBuilder();
            Thread.getAllStackTraces().forEach((t, frames) -> {
                if (t.getName().equals("crawler-instance")) {
                    stacks.append("\n")
                            .append(t)
                            .append(Arrays.toString(Arrays.copyOf(frames, Math.min(frames.length, 15))));
                }
            });
            throw new AssertionError(
                    "group " + group + " never had " + members + " members with partitions; last seen: " + d + stacks);
        }
    }
}
