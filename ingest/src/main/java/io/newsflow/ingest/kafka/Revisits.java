package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.crawl.StepResult;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.HistoryEntry;
import io.newsflow.ingest.frontier.PageRevisitSchedule;
import io.newsflow.ingest.frontier.RepollTimer;
import io.newsflow.ingest.frontier.RevisitSchedule;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps a long-running crawl fresh. Feeds and sitemaps: after each poll the next interval is learnt from
 * how many unseen items it brought ({@link RevisitSchedule}). Pages: looked at again at fixed ages after
 * their first fetch ({@link PageRevisitSchedule}), conditionally, and published again only when the body
 * changed. Either way the next time is stored with the history entry (so a restarted crawler keeps it)
 * and the crawler puts the URL back into the frontier when it is due. Used from the crawl loop thread only.
 */
final class Revisits {

    private final HistoryView history;
    private final Predicate<String> queuedHere;
    private final RevisitSchedule feeds;
    private final PageRevisitSchedule pages;
    private final RepollTimer timer = new RepollTimer();

    Revisits(CrawlerConfig config, HistoryView history, Predicate<String> queuedHere) {
        this.history = history;
        this.queuedHere = queuedHere;
        this.feeds = new RevisitSchedule(config.feedRevisit(), config.feedRevisitMin(), config.feedRevisitMax());
        this.pages = new PageRevisitSchedule(config.pageRevisitAges(), config.pageRevisitStopAfterUnchanged());
    }

    /**
     * Schedules every feed, sitemap and page revisit the history knows. With several instances each does
     * so; the duplicates meet in the frontier and all but the first are skipped as done.
     */
    void resume() {
        for (HistoryEntry e : history.scheduled()) {
            if (FetchOutcome.REDIRECT.tag().equals(e.outcome())) continue;
            PageSource source = switch (e.kind()) {
                case FEED -> PageSource.FEED;
                case SITEMAP -> PageSource.SITEMAP;
                case PAGE -> PageSource.CRAWL;
            };
            CrawlRequest req = CrawlRequest.of(new Discovered(URI.create(e.url()), e.kind(), source, Map.of()), 0);
            timer.schedule(e.kind() == Discovered.Kind.PAGE ? req.revisit() : req, history.sendAt(e));
        }
    }

    /** {@code c} with its URL's next visit in its history entry, and that visit scheduled. */
    CrawlLoop.Completed adapt(CrawlLoop.Completed c, Instant now) {
        HistoryEntry entry = c.result().history();
        if (c.task() == null
                || entry == null
                || !entry.done()
                || FetchOutcome.REDIRECT.tag().equals(entry.outcome())) {
            return c; // retries still pending, and redirects (their target is visited instead)
        }
        return entry.kind() == Discovered.Kind.PAGE ? adaptPage(c, entry, now) : adaptFeed(c, entry, now);
    }

    private CrawlLoop.Completed adaptFeed(CrawlLoop.Completed c, HistoryEntry entry, Instant now) {
        int fresh = (int) c.result().next().stream()
                .filter(r -> r.kind() == Discovered.Kind.PAGE
                        && !history.isDone(r, now)
                        && !queuedHere.test(r.url().toString()))
                .count();
        Duration interval = history.get(entry.url())
                .filter(HistoryEntry::done)
                .map(prev -> feeds.next(
                        Duration.ofMillis(
                                prev.revisitMs() > 0
                                        ? prev.revisitMs()
                                        : feeds.first().toMillis()),
                        fresh))
                .orElseGet(feeds::first);
        HistoryEntry adapted = entry.withRevisit(interval);
        // as(): a seed learnt to be a feed from its response is polled as one from now on
        timer.schedule(c.task().request().again().as(entry.kind()), history.sendAt(adapted));
        return with(c, c.result().page(), adapted);
    }

    /**
     * A page fetched (2xx) or confirmed (304): on a revisit, an unchanged body is not published again; then
     * the next revisit, or none when the schedule is done with the page.
     */
    private CrawlLoop.Completed adaptPage(CrawlLoop.Completed c, HistoryEntry entry, Instant now) {
        boolean fetched = FetchOutcome.OK.tag().equals(entry.outcome())
                || FetchOutcome.NOT_MODIFIED.tag().equals(entry.outcome());
        if (!fetched) {
            return c;
        }
        RawPage page = c.result().page();
        HistoryEntry updated = entry;
        Optional<HistoryEntry> before = history.get(entry.url()).filter(e -> e.done() && e.contentHash() != null);
        if (before.isPresent()) {
            HistoryEntry prev = before.get();
            boolean changed = page != null && !prev.contentHash().equals(entry.contentHash());
            long first = prev.firstFetchedAtMs() > 0 ? prev.firstFetchedAtMs() : prev.fetchedAtMs();
            updated = entry.asRevisit(
                    first, changed ? entry.contentHash() : prev.contentHash(), changed ? 0 : prev.unchanged() + 1);
            if (!changed) page = null; // the same body again is not news
        }
        Optional<Instant> next = pages.next(Instant.ofEpochMilli(updated.firstFetchedAtMs()), now, updated.unchanged());
        if (next.isEmpty()) {
            return with(c, page, updated.withRevisit(Duration.ZERO));
        }
        updated = updated.withRevisit(Duration.between(Instant.ofEpochMilli(updated.fetchedAtMs()), next.get()));
        timer.schedule(c.task().request().revisit(), history.sendAt(updated));
        return with(c, page, updated);
    }

    private static CrawlLoop.Completed with(CrawlLoop.Completed c, RawPage page, HistoryEntry entry) {
        StepResult r = c.result();
        return new CrawlLoop.Completed(c.task(), new StepResult(page, entry, r.next(), r.keyDelay(), r.requeue()));
    }

    /** Requests for the feeds, sitemaps and pages due by {@code now}. */
    List<CrawlRequest> due(Instant now) {
        return timer.due(now);
    }

    int scheduled() {
        return timer.size();
    }
}
