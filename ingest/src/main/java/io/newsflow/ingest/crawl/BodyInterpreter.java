package io.newsflow.ingest.crawl;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.HistoryEntry;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.source.FeedSource;
import io.newsflow.ingest.source.LinkDiscovery;
import io.newsflow.ingest.source.SitemapSource;
import io.newsflow.ingest.source.SourceException;
import io.newsflow.ingest.url.UrlFilter;
import io.newsflow.schema.PageSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a successfully fetched body means for its request kind: a page to publish, or more URLs to queue. */
final class BodyInterpreter {

    private static final Logger log = LoggerFactory.getLogger(BodyInterpreter.class);

    private final CrawlerConfig config;
    private final UrlFilter filter;
    private final FeedSource feeds = new FeedSource();
    private final SitemapSource sitemaps = new SitemapSource();
    private final LinkDiscovery links = new LinkDiscovery();

    BodyInterpreter(CrawlerConfig config, UrlFilter filter) {
        this.config = config;
        this.filter = filter;
    }

    StepResult interpret(CrawlRequest given, FetchResult f, Duration delay) {
        CrawlRequest req = given;
        if (given.kindFromResponse() && !isPageType(f.contentType())) {
            Optional<Discovered.Kind> kind = KindSniffer.of(f.contentType(), f.body());
            if (kind.isEmpty()) {
                log.info("seed is neither a page nor a feed or sitemap url={} type={}", given.url(), f.contentType());
                FetchResult notPage =
                        f.as(FetchOutcome.NOT_HTML, "type " + f.contentType() + ", not a feed or sitemap");
                return CrawlStep.finished(given, notPage, delay, List.of());
            }
            req = given.as(kind.get());
            log.info("seed taken for a {} by its response url={} type={}", kind.get(), req.url(), f.contentType());
        }
        try {
            return switch (req.kind()) {
                case PAGE -> page(req, f, delay);
                case FEED -> CrawlStep.finished(req, f, delay, queue(feeds.items(f.body(), req.url()), 0));
                case SITEMAP ->
                    CrawlStep.finished(req, f, delay, queue(sitemaps.entries(f.body(), f.contentType(), req.url()), 0));
            };
        } catch (SourceException e) {
            log.warn("unreadable {} url={} reason=\"{}\"", req.kind(), req.url(), e.getMessage());
            return CrawlStep.finished(req, f, delay, List.of());
        }
    }

    private boolean isPageType(String contentType) {
        return contentType == null || config.acceptedPageTypes().contains(contentType);
    }

    private StepResult page(CrawlRequest req, FetchResult f, Duration delay) {
        List<CrawlRequest> next = new ArrayList<>();
        boolean html = f.contentType() == null || f.contentType().contains("html");
        if (req.source() == PageSource.CRAWL && html && (req.depth() == 0 || req.depth() < config.maxDepth())) {
            LinkDiscovery.Links found = links.find(f.body(), f.declaredCharset(), req.url());
            if (req.depth() == 0) {
                next.addAll(queue(found.feeds(), 0)); // feed discovery on seed pages
            }
            if (req.depth() < config.maxDepth()) {
                next.addAll(queue(found.pages(), req.depth() + 1));
            }
        }
        return new StepResult(CrawlStep.pageBuilder(req, f).build(), history(req, f, true), next, delay, false);
    }

    private List<CrawlRequest> queue(List<Discovered> found, int depth) {
        List<CrawlRequest> out = new ArrayList<>();
        for (Discovered d : found) {
            if (filter.reject(d.url()).isEmpty()) {
                out.add(CrawlRequest.of(d, depth));
            }
        }
        return out;
    }

    static HistoryEntry history(CrawlRequest req, FetchResult f, boolean done) {
        return history(req, f, done, Validators.none());
    }

    /** A 304 need not repeat the validators; then the ones we sent stay valid. */
    static HistoryEntry history(CrawlRequest req, FetchResult f, boolean done, Validators sent) {
        return new HistoryEntry(
                req.url().toString(),
                f.fetchedAt().toEpochMilli(),
                f.status(),
                f.outcome().tag(),
                req.kind(),
                done,
                f.header("etag").orElse(sent.etag()),
                f.header("last-modified").orElse(sent.lastModified()),
                0,
                f.status() == 0 ? f.detail() : null,
                f.fetchedAt().toEpochMilli(),
                req.kind() == Discovered.Kind.PAGE && f.isOk() ? ContentHash.of(f.body()) : null,
                0);
    }
}
