package io.newsflow.app.local;

import static io.newsflow.schema.PipelineMeters.ARTICLE;
import static io.newsflow.schema.PipelineMeters.DEAD_LETTER;
import static io.newsflow.schema.PipelineMeters.DUPLICATE;
import static io.newsflow.schema.PipelineMeters.ENRICH_PAGES;
import static io.newsflow.schema.PipelineMeters.NEW;
import static io.newsflow.schema.PipelineMeters.NEW_VERSION;
import static io.newsflow.schema.PipelineMeters.OUTCOME;
import static io.newsflow.schema.PipelineMeters.SINK_ARTICLES;
import static io.newsflow.schema.PipelineMeters.UNCHANGED;

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
        long articles = sum(metrics, ENRICH_PAGES, ARTICLE);
        long dead = sum(metrics, ENRICH_PAGES, DEAD_LETTER);
        long fresh = sum(metrics, SINK_ARTICLES, NEW) + sum(metrics, SINK_ARTICLES, NEW_VERSION);
        // a syndicated copy is accounted for, but is not news on articles.clean
        long withheld = sum(metrics, SINK_ARTICLES, UNCHANGED) + sum(metrics, SINK_ARTICLES, DUPLICATE);
        long sunk = fresh + withheld + sum(metrics, SINK_ARTICLES, DEAD_LETTER);
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
        return (long) metrics.find(name).tag(OUTCOME, outcome).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
