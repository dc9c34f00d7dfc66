package io.newsflow.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.fetch.FetchOutcome;
import io.newsflow.ingest.kafka.CrawlProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The crawler's line in the terminal: pages published, requests and their rate, fetches by status,
 * queued requests and hosts. On a console it is redrawn in place every second; otherwise (a log file, a
 * container) it is printed as its own line every {@code logEvery}. (app.local's Progress is about the
 * enrich and sink stages of a local run, so it does not fit here.)
 */
final class CrawlProgressLine {

    private final MeterRegistry metrics;
    private final PrintStream out;
    private final boolean console;
    private final long everyNanos;
    private long lastNanos = System.nanoTime();
    private long lastRequests;

    CrawlProgressLine(MeterRegistry metrics, PrintStream out, boolean console, Duration logEvery) {
        this.metrics = metrics;
        this.out = out;
        this.console = console;
        this.everyNanos = console ? 1_000_000_000L : logEvery.toNanos();
    }

    /** Called on every crawl loop turn; prints when the interval has passed. */
    void tick(CrawlProgress p) {
        long now = System.nanoTime();
        if (now - lastNanos < everyNanos) {
            return;
        }
        double perSecond = (p.requestsDone() - lastRequests) / ((now - lastNanos) / 1e9);
        lastNanos = now;
        lastRequests = p.requestsDone();
        String line = line(p, perSecond, byOutcome(metrics));
        out.print(console ? "\r" + line + "\u001b[K" : line + "\n"); // ESC[K clears what a longer line left
        out.flush();
    }

    /** Ends a redrawn line so that what follows starts on its own. */
    void finish() {
        if (console && lastRequests > 0) {
            out.println();
        }
    }

    static String line(CrawlProgress p, double requestsPerSecond, Map<String, Long> byOutcome) {
        StringBuilder status = new StringBuilder();
        byOutcome.forEach((outcome, n) -> {
            if (n > 0)
                status.append(status.isEmpty() ? "" : " ")
                        .append(outcome)
                        .append(' ')
                        .append(n);
        });
        return String.format(
                Locale.ROOT,
                "crawl: %d pages published │ %d requests, %.1f req/s │ %s │ %d queued on %d hosts, %d fetching",
                p.pagesPublished(),
                p.requestsDone(),
                requestsPerSecond,
                status.isEmpty() ? "no fetches yet" : status,
                p.queued(),
                p.queuedKeys(),
                p.inFlight());
    }

    /** Fetches so far by outcome tag, in the order of {@link FetchOutcome}. */
    static Map<String, Long> byOutcome(MeterRegistry metrics) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (FetchOutcome o : FetchOutcome.values()) {
            long n = (long) metrics.find("newsflow.ingest.fetch").tag("outcome", o.tag()).counters().stream()
                    .mapToDouble(Counter::count)
                    .sum();
            out.put(o.tag(), n);
        }
        return out;
    }
}
