package io.newsflow.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.source.Discovered;
import io.newsflow.schema.PageSource;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepollTimerTest {

    private static CrawlRequest feed(String url) {
        return CrawlRequest.of(new Discovered(URI.create(url), Discovered.Kind.FEED, PageSource.FEED, Map.of()), 0);
    }

    @Test
    void handsOutWhatIsDueEarliestFirstAndOnlyOnce() {
        RepollTimer timer = new RepollTimer();
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        timer.schedule(feed("https://b.example/feed"), t0.plusSeconds(20));
        timer.schedule(feed("https://a.example/feed"), t0.plusSeconds(10));
        timer.schedule(feed("https://c.example/feed"), t0.plusSeconds(60));

        assertThat(timer.due(t0.plusSeconds(5))).isEmpty();
        assertThat(timer.due(t0.plusSeconds(30)))
                .extracting(r -> r.url().getHost())
                .containsExactly("a.example", "b.example");
        assertThat(timer.due(t0.plusSeconds(30))).isEmpty();
        assertThat(timer.size()).isEqualTo(1);
    }

    @Test
    void aLaterScheduleReplacesTheEarlierOne() {
        RepollTimer timer = new RepollTimer();
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        timer.schedule(feed("https://a.example/feed"), t0.plusSeconds(10));
        timer.schedule(feed("https://a.example/feed"), t0.plusSeconds(100));
        assertThat(timer.due(t0.plusSeconds(50))).isEmpty();
        assertThat(timer.due(t0.plusSeconds(100))).hasSize(1);
    }
}
