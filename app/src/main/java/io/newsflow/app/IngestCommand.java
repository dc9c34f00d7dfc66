package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.CrawlProgress;
import io.newsflow.ingest.kafka.Crawler;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.ingest.source.SeedList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Publish pages to pages.raw from a folder, a WARC file or a crawl.",
        description = {
            "Each page becomes a RawPage record keyed by its URL, from one source: --folder DIR (.html, .htm,"
                    + " .txt and .gz files under DIR), --warc FILE (the HTTP responses in a WARC file, such as"
                    + " Common Crawl's CC-NEWS, headers kept) or --seeds FILE (a crawl).",
            "A seeds file has one URL per line. A '# note' after it and URL<TAB>key=value pairs (the seed format"
                    + " of Nutch and StormCrawler, carried to sourceMeta) are understood; a line that is not is"
                    + " reported with its number. 'feed URL' and 'sitemap URL' say what a URL is, otherwise its"
                    + " response decides (RSS, Atom or JSON feed, sitemap, or page). Feeds and sitemaps are polled"
                    + " again as often as they have news, ahead of their host's backlog; pages are revisited at"
                    + " ingest.page.revisit.ages (1h, 6h, 24h, 3d) and published again only if they changed; a"
                    + " 'refetch URL' line fetches a page again now.",
            "The crawler obeys robots.txt and keeps ingest.politeness.delay.ms between requests to a host."
                    + " Crawler instances in one group (ingest.group.id) split the hosts, and a restarted crawler"
                    + " resumes where it was. It serves /metrics, /health and /ready on --ops-port and shows a"
                    + " progress line.",
            "Address guard: every URL and every redirect hop is resolved first and refused when any address of"
                    + " its host is loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local"
                    + " (169.254/16 with the cloud metadata service, fe80::/10), CGNAT, multicast, reserved, or an"
                    + " IPv6 form of one; hosts in odd IPv4 notation (2130706433, 0x7f.1) are always refused. A"
                    + " refused URL is finished and recorded in crawl.history with the reason.",
            "To fetch an intranet feed, allow its range or host with -D"
                    + " ingest.fetch.private.allow=10.20.0.0/16,news.intranet (env"
                    + " NEWSFLOW_INGEST_FETCH_PRIVATE_ALLOW). Link-local and metadata addresses pass only when a"
                    + " range inside them or the host itself is named."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsflow ingest --folder pages/",
            "  newsflow ingest --seeds seeds.txt --ops-port 8080 --instance-id crawler-1"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the source was published",
            "1:ingest or its configuration failed",
            "2:a usage error (unknown option, missing argument)"
        })
final class IngestCommand implements Callable<Integer> {

    @Mixin
    BrokerConfigOptions options;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--folder", paramLabel = "DIR", description = "Folder of pages to publish.")
        Path folder;

        @Option(names = "--warc", paramLabel = "FILE", description = "WARC file to publish.")
        Path warc;

        @Option(names = "--seeds", paramLabel = "FILE", description = "Seed list to crawl from.")
        Path seeds;
    }

    @Mixin
    OpsOptions ops;

    @Option(
            names = "--instance-id",
            paramLabel = "ID",
            description = {
                "Crawl: this instance's name in its group; names its transactional producer, so a restart with",
                "the same id fences its former self. Default crawler-<host>-<pid>: unique per process, so two",
                "crawlers on one machine never fence each other (a stale transaction of a killed instance is",
                "then aborted by the broker after 30 s instead of at once)."
            })
    String instanceId;

    @Option(
            names = "--until-quiet",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "Crawl: stop after this many seconds with nothing to do (0 = run until stopped).")
    long quietSeconds;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.config();
        SeedList.Seeds seeds = source.seeds == null ? null : readSeeds(); // a bad seed file is told before Kafka is
        TopicPlan.ensure(config.kafka(), config.topics());
        CrawlerConfig crawler = config.ingest();
        if (source.folder != null) {
            report(Publish.folder(crawler, config.kafka(), source.folder), source.folder, config);
        } else if (source.warc != null) {
            report(Publish.warc(crawler, config.kafka(), source.warc), source.warc, config);
        } else {
            crawl(config, crawler, seeds);
        }
        return 0;
    }

    /** The seeds, each line that was not taken printed as {@code FILE:LINE: reason: text}. */
    private SeedList.Seeds readSeeds() throws Exception {
        SeedList.Seeds seeds = SeedList.read(source.seeds);
        seeds.problems()
                .forEach(p -> System.err.println(source.seeds + ":" + p.line() + ": " + p.reason() + ": " + p.text()));
        if (seeds.seeds().isEmpty()) {
            throw new IllegalArgumentException("no usable seed in " + source.seeds);
        }
        return seeds;
    }

    private void crawl(NewsflowConfig config, CrawlerConfig crawler, SeedList.Seeds seeds) throws Exception {
        String instance = instanceId != null ? instanceId : Crawler.defaultInstanceId();
        AtomicBoolean stopRequested = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C / SIGTERM: let the loop finish its fetches and commit, instead of dying mid-transaction
        Thread hook = new Thread(
                () -> {
                    stopRequested.set(true);
                    try {
                        finished.await(crawler.totalFetchTimeout().toSeconds() * 2 + 10, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                },
                "newsflow-ingest-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (IngestCrawl crawl =
                IngestCrawl.start(crawler, config, instance, ops.bindAddress(options), ops.port(options))) {
            crawl.submit(seeds.seeds());
            Duration quiet = quietSeconds > 0 ? Duration.ofSeconds(quietSeconds) : Duration.ofDays(36500);
            CrawlProgressLine progress = new CrawlProgressLine(
                    crawl.metrics(),
                    System.out,
                    System.console() != null,
                    Duration.ofMillis(
                            options.settings().getInt("ingest.progress.interval.ms", 100, Integer.MAX_VALUE)));
            CrawlProgress done = crawl.run(CrawlProgress.quietFor(quiet).or(p -> stopRequested.get()), progress);
            System.out.printf(
                    "crawl stopped: %d pages published, %d requests done%n",
                    done.pagesPublished(), done.requestsDone());
        } finally {
            finished.countDown();
        }
    }

    private static void report(long n, Path from, NewsflowConfig config) {
        System.out.printf(
                "published %d pages from %s to %s%n", n, from, config.topics().pagesRaw());
    }
}
