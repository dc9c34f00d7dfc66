package io.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.frontier.HistoryEntry;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A URL the address guard refuses is finished at once, with its reason in the history, and counted. */
@ExtendWith(KafkaBrokerExtension.class)
class RefusedAddressIT {

    @Test
    void refusedSeedsAreFinishedRecordedAndCounted(KafkaCluster kafka) throws Exception {
        try (LocalWeb web = LocalWeb.start(1)) {
            LocalWeb.Site site = web.site(0).html("/", "<p>must never be fetched</p>");
            CrawlerConfig config = CrawlerIT.config(kafka).withPrivateAllowList(List.of()); // the default guard
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            URI loopback = site.url("/");
            URI metadata = URI.create("http://169.254.169.254/latest/meta-data/");
            CrawlProgress end;
            try (Crawler crawler = new Crawler(config, CrawlerIT.topics(kafka, config), "guarded", registry)) {
                crawler.submit(List.of(Discovered.seed(loopback), Discovered.seed(metadata)));
                // before the fix the refused seed stayed queued forever, so the time limit stands on its own
                long limit = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                end = crawler.runUntil(CrawlProgress.quietFor(Duration.ofSeconds(2))
                        .and(p -> p.queued() == 0)
                        .or(p -> System.nanoTime() > limit));
            }

            assertThat(end.queued()).as("nothing left waiting in the frontier").isZero();
            assertThat(end.requestsDone()).isEqualTo(2);
            assertThat(site.hits()).isEmpty();
            Map<String, HistoryEntry> history =
                    kafka.readAtLeast(config.historyTopic(), 2, Duration.ofSeconds(10)).stream()
                            .map(r -> {
                                try {
                                    return JsonCodec.history(r.value());
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            })
                            .collect(Collectors.toMap(HistoryEntry::url, e -> e, (a, b) -> b));
            assertThat(history.get(loopback.toString())).satisfies(e -> {
                assertThat(e.done()).isTrue();
                assertThat(e.outcome()).isEqualTo("blocked-address");
                assertThat(e.detail()).contains("loopback");
            });
            assertThat(history.get(metadata.toString())).satisfies(e -> {
                assertThat(e.done()).isTrue();
                assertThat(e.detail()).contains("link-local");
            });
            assertThat(registry.get("newsflow.ingest.fetch")
                            .tag("outcome", "blocked-address")
                            .counter()
                            .count())
                    .isEqualTo(2);
        }
    }
}
