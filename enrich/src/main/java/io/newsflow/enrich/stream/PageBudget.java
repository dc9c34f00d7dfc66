package io.newsflow.enrich.stream;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one page's work under a deadline on a worker thread, so that no page, however slow, holds its
 * stream thread past the transaction timeout (the producer would be fenced and the same batch replayed
 * for ever). A page over the deadline gets the caller's fallback (a {@code too-slow} dead letter) and its
 * worker is abandoned: parsing and regex matching do not check interruption, so the thread is left to
 * finish on its own (every input is size-capped, so it does) while a fresh worker takes the next page.
 * One budget per stream task; not thread-safe.
 */
final class PageBudget implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PageBudget.class);
    private static final AtomicInteger WORKERS = new AtomicInteger();

    private static final int RUNNING = 0, DONE = 1, ABANDONED = 2;

    private final Duration limit;
    private final AtomicInteger abandonedRunning = new AtomicInteger();
    private ExecutorService worker = newWorker();

    PageBudget(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("page budget must be > 0");
        this.limit = limit;
    }

    /** Workers of this budget abandoned mid-page and still running. */
    int abandonedRunning() {
        return abandonedRunning.get();
    }

    Duration limit() {
        return limit;
    }

    /** The work's result, or {@code tooSlow}'s when the work is not done within the limit. */
    <T> T run(Supplier<T> work, Supplier<T> tooSlow) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        Future<T> result = worker.submit(() -> {
            try {
                return work.get();
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) abandonedRunning.decrementAndGet();
            }
        });
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(result, state);
            return tooSlow.get();
        } catch (InterruptedException e) {
            abandon(result, state);
            Thread.currentThread().interrupt();
            return tooSlow.get();
        } catch (ExecutionException e) {
            // The work is expected to turn its own failures into outcomes; anything else is a bug to surface.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private void abandon(Future<?> result, AtomicInteger state) {
        if (state.compareAndSet(RUNNING, ABANDONED)) abandonedRunning.incrementAndGet();
        result.cancel(true);
        worker.shutdownNow();
        worker = newWorker();
        log.warn(
                "a page took longer than {} ms; its worker is abandoned ({} still running)",
                limit.toMillis(),
                abandonedRunning.get());
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsflow-page-" + WORKERS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
