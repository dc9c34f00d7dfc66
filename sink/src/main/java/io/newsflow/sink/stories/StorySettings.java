package io.newsflow.sink.stories;

import java.time.Duration;

/**
 * How articles are grouped into stories.
 *
 * @param threshold least decayed cosine between an article and a story's centroid for the article to join
 * @param halfLife  time after a story's latest article at which its pull halves: news moves on in days
 * @param window    a story with nothing new for this long is closed and forgotten (the state stays bounded)
 */
public record StorySettings(double threshold, Duration halfLife, Duration window) {

    public StorySettings {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (halfLife == null
                || halfLife.isNegative()
                || halfLife.isZero()
                || window == null
                || window.compareTo(halfLife) < 0) {
            throw new IllegalArgumentException("halfLife must be positive and window at least halfLife");
        }
    }

    public static StorySettings defaults() {
        return new StorySettings(0.10, Duration.ofDays(2), Duration.ofDays(5));
    }
}
