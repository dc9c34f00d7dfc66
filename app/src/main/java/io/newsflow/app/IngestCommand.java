package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.TopicProvisioner;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.CrawlProgress;
import io.newsflow.ingest.kafka.Publish;
import io.newsflow.ingest.source.SeedList;
import java.net.InetAddress;
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
        description = {
            "Publish pages to pages.raw as RawPage records (key = URL), from one source:",
            "  --folder DIR    .html, .htm, .txt files (and .gz) under DIR",
            "  --warc FILE     HTTP responses stored in a WARC file (e.g. Common Crawl CC-NEWS), headers kept",
            "  --seeds FILE    crawl: one URL per line; 'feed URL' and 'sitemap URL' lines for RSS/Atom/JSON",
            "                  feeds and (news) sitemaps, re-polled as often as they have news; 'refetch URL'",
            "                  fetches a page again if it changed. Obeys robots.txt, keeps ingest.politeness.delay.ms",
            "                  between requests to a host, never fetches private addresses. Crawler instances in",
            "                  one group (ingest.group.id) split the hosts; a restarted crawler resumes where it was.",
            "                  Serves /metrics, /health, /ready on --ops-port and shows a progress line."
        })
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

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
            names = "--until-quiet",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "Crawl: stop after this many seconds with nothing to do (0 = run until stopped).")
    long quietSeconds;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.config();
        TopicProvisioner.ensure(config.kafka(), config.topics());
        CrawlerConfig crawler = config.ingest();
        if (source.folder != null) {
            report(Publish.folder(crawler, source.folder), source.folder, config);
        } else if (source.warc != null) {
            report(Publish.warc(crawler, source.warc), source.warc, config);
        } else {
            crawl(config, crawler);
        }
        return 0;
    }

    private void crawl(NewsflowConfig config, CrawlerConfig crawler) throws Exception {
        String instance = "crawler-" + InetAddress.getLocalHost().getHostName();
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
                IngestCrawl.start(crawler, instance, config.kafka(), ops.bindAddress(options), ops.port(options))) {
            crawl.submit(SeedList.read(source.seeds));
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
