package io.newsflow.app.local;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far the pages have come, read from the stages' own counters.
 *
 * @param withheld articles the sink accounted for without emitting them to articles.clean: syndicated
 *                 copies (on articles.latest with duplicateOf) and unchanged re-deliveries
 */
public record Progress(int published, long articles, long deadLetters, long sunk, long clean, long withheld) {

    public static Progress of(int published, MeterRegistry metrics) {
        long articles = sum(metrics, "newsflow.enrich.pages", "article");
        long dead = sum(metrics, "newsflow.enrich.pages", "dead_letter");
        long fresh =
                sum(metrics, "newsflow.sink.articles", "new") + sum(metrics, "newsflow.sink.articles", "new_version");
        // a syndicated copy is accounted for, but is not news on articles.clean
        long withheld = sum(metrics, "newsflow.sink.articles", "unchanged")
                + sum(metrics, "newsflow.sink.articles", "duplicate");
        long sunk = fresh + withheld + sum(metrics, "newsflow.sink.articles", "dead_letter");
        return new Progress(published, articles, dead, sunk, fresh, withheld);
    }

    /** Every page became an article or a dead letter, and the sink has seen every article. */
    public boolean drained() {
        return articles + deadLetters >= published && sunk >= articles;
    }

    public String line() {
        return String.format(
                "pages %d/%d through enrich → %d articles, %d dead letters │ sink %d/%d → %d clean",
                articles + deadLetters, published, articles, deadLetters, sunk, articles, clean);
    }

    private static long sum(MeterRegistry metrics, String name, String outcome) {
        return (long) metrics.find(name).tag("outcome", outcome).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
