package io.newsflow.ingest.frontier;

import java.time.Duration;

/**
 * How long to wait before polling a feed or sitemap again, learnt from what it gave: a poll that brought
 * new items halves the interval (the site is publishing now), one that brought none doubles it (a 304
 * counts as none), always within [min, max]. A lively feed is thus polled at {@code min}, a dormant one
 * at {@code max}, and the crawler follows a site's daily rhythm within a few polls.
 */
public record RevisitSchedule(Duration initial, Duration min, Duration max) {

    public RevisitSchedule {
        if (min.isNegative() || min.isZero() || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("revisit bounds must satisfy 0 < min <= max, got " + min + ", " + max);
        }
    }

    /** The interval after the first poll: there is nothing to compare with yet. */
    public Duration first() {
        return clamp(initial);
    }

    /** The interval after a poll that followed {@code previous} and found {@code newItems} unseen items. */
    public Duration next(Duration previous, int newItems) {
        return clamp(newItems > 0 ? previous.dividedBy(2) : previous.multipliedBy(2));
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(min) < 0) return min;
        return d.compareTo(max) > 0 ? max : d;
    }
}
