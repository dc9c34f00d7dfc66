package io.newsflow.ingest.crawl;

import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.frontier.HistoryEntry;
import io.newsflow.schema.RawPage;
import java.time.Duration;
import java.util.List;

/**
 * What handling one frontier request produced; the Kafka layer writes it in one transaction.
 *
 * @param page     the page for {@code pages.raw}, or null
 * @param history  the entry for {@code crawl.history}, or null when the request was only put back
 * @param next     requests for the frontier: redirect targets, retries, feed/sitemap items, links
 * @param keyDelay how long the politeness key must now rest
 * @param requeue  the request itself was not handled (robots.txt took its turn) and goes back to the head of its key
 */
public record StepResult(
        RawPage page, HistoryEntry history, List<CrawlRequest> next, Duration keyDelay, boolean requeue) {

    public StepResult {
        next = List.copyOf(next);
    }
}
