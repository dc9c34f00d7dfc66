package io.newsflow.ingest.frontier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to look at an article page again: at fixed ages after its first fetch (by default 1 h, 6 h, 24 h
 * and 3 days: corrections and updates come early, rarely after days), then never. Adaptive by change:
 * a page found unchanged on {@code stopAfterUnchanged} revisits in a row is left alone, since a page that
 * kept still for that long is done; a page that changed keeps its schedule.
 */
public record PageRevisitSchedule(List<Duration> ages, int stopAfterUnchanged) {

    public PageRevisitSchedule {
        ages = List.copyOf(ages);
        for (int i = 0; i < ages.size(); i++) {
            if (ages.get(i).isNegative()
                    || ages.get(i).isZero()
                    || (i > 0 && ages.get(i).compareTo(ages.get(i - 1)) <= 0)) {
                throw new IllegalArgumentException("page revisit ages must be positive and rising, got " + ages);
            }
        }
        if (stopAfterUnchanged < 1) {
            throw new IllegalArgumentException("stopAfterUnchanged must be >= 1, got " + stopAfterUnchanged);
        }
    }

    /** No revisits at all. */
    public static PageRevisitSchedule none() {
        return new PageRevisitSchedule(List.of(), 1);
    }

    /**
     * The next revisit of a page first fetched at {@code first}, looked at last at {@code now}, found unchanged
     * on the last {@code unchangedInARow} revisits; empty when the page is done.
     */
    public Optional<Instant> next(Instant first, Instant now, int unchangedInARow) {
        if (unchangedInARow >= stopAfterUnchanged) {
            return Optional.empty();
        }
        return ages.stream().map(first::plus).filter(at -> at.isAfter(now)).findFirst();
    }
}
