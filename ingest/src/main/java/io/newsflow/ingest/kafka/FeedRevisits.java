package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.crawl.StepResult;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.HistoryEntry;
import io.newsflow.ingest.frontier.RepollTimer;
import io.newsflow.ingest.frontier.RevisitSchedule;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.schema.PageSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Keeps feeds and sitemaps polled in a long-running crawl: after each poll the next interval is learnt
 * from how many unseen items it brought ({@link RevisitSchedule}), stored with the history entry (so a
 * restarted crawler keeps what it learnt), and the crawler puts the URL back into the frontier when it is
 * due. Used from the crawl loop thread only.
 */
final class FeedRevisits {

    private final HistoryView history;
    private final Predicate<String> queuedHere;
    private final RevisitSchedule schedule;
    private final RepollTimer timer = new RepollTimer();

    FeedRevisits(CrawlerConfig config, HistoryView history, Predicate<String> queuedHere) {
        this.history = history;
        this.queuedHere = queuedHere;
        this.schedule = new RevisitSchedule(config.feedRevisit(), config.feedRevisitMin(), config.feedRevisitMax());
    }

    /**
     * Schedules every feed and sitemap the history knows. With several instances each does so; the
     * duplicates meet in the frontier and all but the first are skipped as done.
     */
    void resume() {
        for (HistoryEntry e : history.feedsAndSitemaps()) {
            if (!FetchOutcome.REDIRECT.tag().equals(e.outcome())) {
                PageSource source = e.kind() == Discovered.Kind.FEED ? PageSource.FEED : PageSource.SITEMAP;
                Discovered d = new Discovered(java.net.URI.create(e.url()), e.kind(), source, Map.of());
                timer.schedule(CrawlRequest.of(d, 0), history.dueAt(e));
            }
        }
    }

    /** {@code c} with the feed's next interval in its history entry, and the re-poll scheduled. */
    CrawlLoop.Completed adapt(CrawlLoop.Completed c, Instant now) {
        HistoryEntry entry = c.result().history();
        if (c.task() == null
                || entry == null
                || !entry.done()
                || entry.kind() == Discovered.Kind.PAGE
                || FetchOutcome.REDIRECT.tag().equals(entry.outcome())) {
            return c; // pages, retries still pending, and redirects (their target is polled instead)
        }
        int fresh = (int) c.result().next().stream()
                .filter(r -> r.kind() == Discovered.Kind.PAGE
                        && !history.isDone(r, now)
                        && !queuedHere.test(r.url().toString()))
                .count();
        Duration interval = history.get(entry.url())
                .filter(HistoryEntry::done)
                .map(prev -> schedule.next(
                        Duration.ofMillis(
                                prev.revisitMs() > 0
                                        ? prev.revisitMs()
                                        : schedule.first().toMillis()),
                        fresh))
                .orElseGet(schedule::first);
        HistoryEntry adapted = entry.withRevisit(interval);
        timer.schedule(c.task().request().again(), history.dueAt(adapted));
        StepResult r = c.result();
        return new CrawlLoop.Completed(
                c.task(), new StepResult(r.page(), adapted, r.next(), r.keyDelay(), r.requeue()));
    }

    /** Requests for the feeds and sitemaps due by {@code now}. */
    List<CrawlRequest> due(Instant now) {
        return timer.due(now);
    }

    int scheduled() {
        return timer.size();
    }
}
