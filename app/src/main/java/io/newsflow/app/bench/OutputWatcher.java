package io.newsflow.app.bench;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.CommittedReader;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Reads what a consumer of the pipeline sees, committed records on articles.clean and pages.dlq, until
 * every page that went in is accounted for; notes when the last one arrived and each article's
 * fetch-to-sink latency.
 */
final class OutputWatcher implements AutoCloseable {

    private final CommittedReader<Article> clean;
    private final CommittedReader<DeadLetter> deadLetters;
    private final Latencies latencies = new Latencies();
    private long cleanCount;
    private long deadCount;
    private long lastArrivalNanos;

    OutputWatcher(NewsflowConfig config) {
        this.clean = new CommittedReader<>(
                config.kafka(),
                config.topics().articlesClean(),
                config.serdes().article().deserializer(),
                "newsflow-bench-clean-");
        this.deadLetters = new CommittedReader<>(
                config.kafka(),
                config.topics().pagesDlq(),
                config.serdes().deadLetter().deserializer(),
                "newsflow-bench-dlq-");
    }

    /** Joins both consumer groups before the clock starts, so a slow join does not count as pipeline time. */
    boolean awaitAssignment(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !(clean.assigned() && deadLetters.assigned())) {
            pollOnce();
        }
        return clean.assigned() && deadLetters.assigned();
    }

    /**
     * Reads until clean articles + dead letters + {@code withheld} (copies and unchanged articles the
     * sink accounted for without emitting them) reach {@code expected}, which is negative while the
     * count of pages that went in is not yet known.
     */
    boolean awaitAccounted(LongSupplier expected, LongSupplier withheld, long deadlineNanos) {
        while (System.nanoTime() < deadlineNanos) {
            pollOnce();
            long want = expected.getAsLong();
            if (want >= 0 && cleanCount + deadCount + withheld.getAsLong() >= want) {
                return true;
            }
        }
        return false;
    }

    private void pollOnce() {
        int n = clean.poll(Duration.ofMillis(20), this::onArticle)
                + deadLetters.poll(Duration.ofMillis(5), d -> deadCount++);
        if (n > 0) {
            lastArrivalNanos = System.nanoTime();
        }
    }

    private void onArticle(Article a) {
        cleanCount++;
        if (a.getSinkAt() != null && a.getFetchedAt() != null) {
            latencies.add(a.getSinkAt().toEpochMilli() - a.getFetchedAt().toEpochMilli());
        }
    }

    long cleanCount() {
        return cleanCount;
    }

    long deadCount() {
        return deadCount;
    }

    long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    Latencies latencies() {
        return latencies;
    }

    @Override
    public void close() {
        clean.close();
        deadLetters.close();
    }
}
