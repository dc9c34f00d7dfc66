package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.robots.RobotsCache;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.ingest.web.Responses;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real (loopback) HTTP server: limits, encodings, redirects, robots per hop. */
class FetcherIT {

    static LocalWeb web;
    static LocalWeb.Site site;
    static final CrawlerConfig config = CrawlerConfig.defaults()
            .withPrivateAllowList(List.of("127.0.0.0/8"))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(2))
            .withMaxBodyBytes(64 * 1024)
            .withMaxRedirects(3);
    static final FetchMetrics metrics = new FetchMetrics(new SimpleMeterRegistry());
    static Fetcher fetcher;
    static RobotsCache robots;

    @BeforeAll
    static void start() throws Exception {
        web = LocalWeb.start(1);
        site = web.site(0)
                .on("/robots.txt", Responses.text("text/plain", "User-agent: *\nDisallow: /private/\n"))
                .html("/ok", "<p>ok</p>")
                .on(
                        "/gz",
                        Responses.gzipped(
                                "text/html; charset=utf-8", "<p>zipped caf\u00e9</p>".getBytes(StandardCharsets.UTF_8)))
                .on("/mislabelled", Responses.mislabelled("<p>caf\u00e9</p>", StandardCharsets.UTF_8, "iso-8859-1"))
                .on("/huge", Responses.body(200, "text/html", new byte[1 << 20]))
                .on("/endless", Responses.endless())
                .on("/bomb", Responses.gzipBomb(64))
                .on("/br", Responses.encoded("text/html; charset=utf-8", "br", BodyReaderTest.fixture("page.html.br")))
                .on("/br-bomb", Responses.encoded("text/html", "br", BodyReaderTest.fixture("zeros-20mb.br")))
                .on("/slow", Responses.slowHeaders(3000, "<p>late</p>"))
                .on("/trickle", Responses.trickle(200, 50))
                .on("/error", Responses.unavailable(7))
                .on("/image", Responses.body(200, "image/png", new byte[100]))
                .on("/r1", Responses.redirect(301, "/r2"))
                .on("/r2", Responses.redirect(302, "/ok"))
                .on("/to-private", Responses.redirect(302, "/private/secret"))
                .on("/to-ambiguous-ip", Responses.redirect(302, "http://2130706433/"))
                .on("/loop", Responses.redirect(302, "/loop"))
                .on(
                        "/versioned",
                        Responses.versioned("\"v7\"", "Tue, 01 Apr 2025 10:00:00 GMT", Responses.html("<p>v7</p>")));
        fetcher = new Fetcher(config, new SsrfGuard(AddressAllowList.parse(config.privateAllowList())), metrics);
        robots = new RobotsCache(config, fetcher);
        fetcher.fetch(site.url("/ok"), Set.of(), 0, HopCheck.none()); // warm the client up: its first request is slow
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        web.close();
    }

    private FetchResult get(String path) {
        return fetcher.fetchPage(site.url(path), robots.hopCheck());
    }

    @Test
    void fetchesAPageAndSaysWhoWeAre() {
        FetchResult r = get("/ok");
        assertThat(r.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>ok</p>");
        assertThat(r.contentType()).isEqualTo("text/html");
        assertThat(r.declaredCharset()).isEqualTo("utf-8");
        assertThat(site.hits())
                .filteredOn(h -> h.path().equals("/ok"))
                .first()
                .satisfies(
                        h -> assertThat(h.userAgent()).contains("NewsflowBot").contains("https://"));
    }

    @Test
    void decodesGzipAndCarriesTheDeclaredCharsetAsIs() {
        assertThat(new String(get("/gz").body(), StandardCharsets.UTF_8)).isEqualTo("<p>zipped caf\u00e9</p>");
        FetchResult wrong = get("/mislabelled");
        assertThat(wrong.declaredCharset()).isEqualTo("iso-8859-1");
        assertThat(wrong.body())
                .isEqualTo("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8)); // bytes untouched: enrich decides
    }

    @Test
    void asksForBrotliAndDecodesIt() {
        FetchResult r = get("/br");
        assertThat(r.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(r.body()).isEqualTo(BodyReaderTest.fixture("page.html"));
        assertThat(site.hits())
                .filteredOn(h -> h.path().equals("/br"))
                .first()
                .satisfies(h -> assertThat(h.header("accept-encoding")).isEqualTo("gzip, deflate, br"));
        FetchResult bomb = get("/br-bomb");
        assertThat(bomb.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(bomb.detail()).contains("ratio");
    }

    @Test
    void asksConditionallyAndTakesA304ForNotModified() {
        double before = metrics.count(FetchOutcome.NOT_MODIFIED);
        FetchResult first = get("/versioned");
        assertThat(first.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(first.header("etag")).contains("\"v7\"");

        Validators sameEtag = new Validators("\"v7\"", null);
        FetchResult again =
                fetcher.fetch(site.url("/versioned"), config.acceptedPageTypes(), 0, robots.hopCheck(), sameEtag);
        assertThat(again.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        Validators sameDate = new Validators(null, "Tue, 01 Apr 2025 10:00:00 GMT");
        assertThat(fetcher.fetch(site.url("/versioned"), Set.of(), 0, robots.hopCheck(), sameDate)
                        .outcome())
                .isEqualTo(FetchOutcome.NOT_MODIFIED);
        Validators stale = new Validators("\"v6\"", null);
        assertThat(fetcher.fetch(site.url("/versioned"), Set.of(), 0, robots.hopCheck(), stale)
                        .outcome())
                .isEqualTo(FetchOutcome.OK);

        List<LocalWeb.Hit> hits =
                site.hits().stream().filter(h -> h.path().equals("/versioned")).toList();
        assertThat(hits).extracting(h -> h.header("if-none-match")).containsExactly(null, "\"v7\"", null, "\"v6\"");
        assertThat(hits)
                .extracting(h -> h.header("if-modified-since"))
                .containsExactly(null, null, "Tue, 01 Apr 2025 10:00:00 GMT", null);
        assertThat(metrics.count(FetchOutcome.NOT_MODIFIED) - before).isEqualTo(2);
    }

    @Test
    void cutsHugeAndEndlessBodiesAtTheLimit() {
        for (String path : new String[] {"/huge", "/endless"}) {
            long t0 = System.nanoTime();
            FetchResult r = get(path);
            assertThat(r.outcome()).as(path).isEqualTo(FetchOutcome.OK);
            assertThat(r.truncated()).as(path).isTrue();
            assertThat(r.body()).as(path).hasSize(64 * 1024);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as(path).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(metrics.count(FetchOutcome.TOO_LARGE)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesADecompressionBomb() {
        FetchResult r = get("/bomb");
        assertThat(r.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(r.detail()).contains("ratio");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void givesUpOnSlowHeadersAndTricklingBodies() {
        long t0 = System.nanoTime();
        assertThat(get("/slow").outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(get("/trickle").outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(4500));
    }

    @Test
    void reportsServerErrorsWithRetryAfter() {
        FetchResult r = get("/error");
        assertThat(r.outcome()).isEqualTo(FetchOutcome.SERVER_ERROR);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void doesNotReadBodiesOfTypesItDoesNotWant() {
        assertThat(get("/image").outcome()).isEqualTo(FetchOutcome.NOT_HTML);
        assertThat(fetcher.fetch(site.url("/image"), Set.of(), 0, HopCheck.none())
                        .outcome())
                .isEqualTo(FetchOutcome.OK);
    }

    @Test
    void followsRedirectsCheckingEveryHop() {
        FetchResult r = get("/r1");
        assertThat(r.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(r.finalUrl()).isEqualTo(site.url("/ok"));
        assertThat(r.requestedUrl()).isEqualTo(site.url("/r1"));

        assertThat(get("/to-private").outcome()).isEqualTo(FetchOutcome.ROBOTS_DENIED);
        assertThat(site.hits()).noneMatch(h -> h.path().startsWith("/private/"));

        FetchResult ip = get("/to-ambiguous-ip");
        assertThat(ip.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(ip.detail()).contains("means 127.0.0.1");

        assertThat(get("/loop").outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
        assertThat(site.hits()).filteredOn(h -> h.path().equals("/loop")).hasSize(4); // first try + 3 hops
    }

    @Test
    void withoutFollowingARedirectIsHandedBack() {
        FetchResult r = fetcher.fetch(site.url("/r1"), config.acceptedPageTypes(), 0, robots.hopCheck());
        assertThat(r.outcome()).isEqualTo(FetchOutcome.REDIRECT);
        assertThat(r.redirectTo()).isEqualTo(site.url("/r2"));
    }

    @Test
    void refusesPrivateAddressesUnlessAllowed() {
        try (Fetcher strict =
                new Fetcher(config.withPrivateAllowList(List.of()), new SsrfGuard(AddressAllowList.none()), metrics)) {
            int before = site.hits().size();
            FetchResult r = strict.fetchPage(site.url("/ok"), HopCheck.none());
            assertThat(r.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
            assertThat(r.detail()).contains("loopback");
            assertThat(site.hits()).hasSize(before);
        }
    }
}
