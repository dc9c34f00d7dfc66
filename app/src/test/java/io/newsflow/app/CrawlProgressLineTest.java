package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.kafka.CrawlProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlProgressLineTest {

    @Test
    void saysWhatWasPublishedHowFastAndWithWhichStatuses() {
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        byOutcome.put("2xx", 118L);
        byOutcome.put("3xx", 0L);
        byOutcome.put("not-modified", 4L);
        byOutcome.put("timeout", 2L);
        String line = CrawlProgressLine.line(new CrawlProgress(110, 131, 57, 12, 3, Duration.ZERO), 4.25, byOutcome);
        assertThat(line)
                .isEqualTo("crawl: 110 pages published │ 131 requests, 4.3 req/s │ 2xx 118 not-modified 4 timeout 2"
                        + " │ 57 queued on 12 hosts, 3 fetching");
    }

    @Test
    void readsTheFetchCountersByOutcome() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        metrics.counter("newsflow.ingest.fetch", "outcome", "2xx").increment(5);
        metrics.counter("newsflow.ingest.fetch", "outcome", "not-modified").increment(2);
        Map<String, Long> counts = CrawlProgressLine.byOutcome(metrics);
        assertThat(counts)
                .containsEntry("2xx", 5L)
                .containsEntry("not-modified", 2L)
                .containsEntry("5xx", 0L);
        assertThat(counts.keySet()).startsWith("2xx", "3xx", "not-modified");
    }

    @Test
    void redrawsInPlaceOnAConsoleAndPrintsWholeLinesElsewhere() throws Exception {
        CrawlProgress p = new CrawlProgress(1, 2, 0, 0, 0, Duration.ZERO);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        CrawlProgressLine onConsole = new CrawlProgressLine(
                new SimpleMeterRegistry(),
                new PrintStream(console, true, StandardCharsets.UTF_8),
                true,
                Duration.ofSeconds(5));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrawlProgressLine inLog = new CrawlProgressLine(
                new SimpleMeterRegistry(),
                new PrintStream(log, true, StandardCharsets.UTF_8),
                false,
                Duration.ofMillis(400));
        inLog.tick(p); // too early for either
        onConsole.tick(p);
        assertThat(log.size()).isZero();
        Thread.sleep(450);
        inLog.tick(p);
        inLog.tick(p); // the interval starts again
        assertThat(log.toString(StandardCharsets.UTF_8))
                .startsWith("crawl: 1 pages published")
                .endsWith("\n")
                .doesNotContain("\r")
                .hasLineCount(1);
        Thread.sleep(1000);
        onConsole.tick(p);
        onConsole.finish();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .startsWith("\rcrawl: 1 pages published")
                .endsWith("\u001b[K" + System.lineSeparator());
    }
}
