package io.newsflow.app.local;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Watches one local run: progress while pages flow, and the moment every page has come out. */
public final class LocalRun {

    private final int published;
    private final MeterRegistry metrics;
    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private int received;

    public LocalRun(int published, MeterRegistry metrics, PrintStream out) {
        this.published = published;
        this.metrics = metrics;
        this.out = out;
    }

    /**
     * Reads clean articles until every page is accounted for (an article through the sink, or a dead
     * letter) and every clean article the sink emitted has been read back.
     */
    public boolean drain(CleanArticles clean, Consumer<Article> each, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastPrint = 0;
        while (System.nanoTime() < deadline) {
            received += clean.poll(Duration.ofMillis(200), each);
            Progress p = Progress.of(published, metrics);
            boolean done = p.drained() && received >= p.clean();
            if (done || System.nanoTime() - lastPrint > (terminal ? 250_000_000L : 2_000_000_000L)) {
                // In a terminal the line redraws in place; in a log file each update is its own line.
                out.print((terminal ? "\r" : "") + p.line() + " │ read " + received + (terminal ? "   " : "\n"));
                out.flush();
                lastPrint = System.nanoTime();
            }
            if (done) {
                return true;
            }
        }
        return false;
    }

    public void follow(CleanArticles clean, Consumer<Article> each) {
        while (!Thread.currentThread().isInterrupted()) {
            clean.poll(Duration.ofSeconds(1), each);
        }
    }

    public long deadLetters() {
        return Progress.of(published, metrics).deadLetters();
    }

    public String status() {
        return Progress.of(published, metrics).line() + ", read " + received;
    }

    public static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is not worth failing a finished run for
        }
    }
}
