package io.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.CrawlerConfig;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

    /** A different valid value for every setting the crawler reads. */
    private static final Map<String, String> CHANGED = Map.ofEntries(
            Map.entry("kafka.bootstrap.servers", "kafka-a:9092"),
            Map.entry("kafka.client.security.protocol", "SSL"),
            Map.entry("topics.partitions", "7"),
            Map.entry("topics.pages.raw", "pages.other"),
            Map.entry("topics.crawl.frontier", "frontier.other"),
            Map.entry("topics.crawl.history", "history.other"),
            Map.entry("ingest.group.id", "crawlers-b"),
            Map.entry("ingest.user.agent", "OtherBot/2 (+https://example.org/bot)"),
            Map.entry("ingest.robots.agent", "otherbot"),
            Map.entry("ingest.robots.ttl.ms", "60000"),
            Map.entry("ingest.robots.error.backoff.ms", "1000"),
            Map.entry("ingest.discover.sitemaps", "false"),
            Map.entry("ingest.politeness.delay.ms", "2500"),
            Map.entry("ingest.max.crawl.delay.ms", "5000"),
            Map.entry("ingest.fetch.connect.timeout.ms", "1000"),
            Map.entry("ingest.fetch.read.timeout.ms", "2000"),
            Map.entry("ingest.fetch.timeout.ms", "3000"),
            Map.entry("limits.record.bytes", "4194304"), // the body limit is derived from it
            Map.entry("ingest.max.compression.ratio", "20"),
            Map.entry("ingest.accepted.page.types", "text/html"),
            Map.entry("ingest.max.redirects", "2"),
            Map.entry("ingest.max.retries", "5"),
            Map.entry("ingest.max.depth", "3"),
            Map.entry("ingest.concurrent.fetches", "4"),
            Map.entry("ingest.max.queued.requests", "500"),
            Map.entry("ingest.feed.revisit.ms", "60000"),
            Map.entry("ingest.feed.revisit.min.ms", "30000"),
            Map.entry("ingest.feed.revisit.max.ms", "120000"),
            Map.entry("ingest.page.revisit.ages", "30m,2h"),
            Map.entry("ingest.page.revisit.stop.after.unchanged", "1"),
            Map.entry("ingest.key.by.domain", "true"),
            Map.entry("ingest.fetch.private.allow", "10.20.0.0/16, news.intranet"));

    private static CrawlerConfig config(Map<String, String> overrides) {
        return NewsflowConfig.from(Settings.load(null, Map.of(), overrides)).ingest();
    }

    @Test
    void everyCrawlSettingComesFromTheSettingsNoneFromCode() throws Exception {
        CrawlerConfig defaults = config(Map.of());
        CrawlerConfig changed = config(CHANGED);
        for (RecordComponent c : CrawlerConfig.class.getRecordComponents()) {
            Object before = c.getAccessor().invoke(defaults);
            Object after = c.getAccessor().invoke(changed);
            assertThat(after).as("%s follows its setting", c.getName()).isNotEqualTo(before);
        }
    }

    @Test
    void theShippedDefaults() {
        CrawlerConfig c = config(Map.of());
        assertThat(c.userAgent()).isEqualTo("NewsflowBot/0.1 (+https://newsflow.example/bot)");
        assertThat(c.acceptedPageTypes()).isEqualTo(Set.of("text/html", "application/xhtml+xml"));
        assertThat(c.pageRevisitAges())
                .containsExactly(Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24), Duration.ofDays(3));
        assertThat(c.privateAllowList()).isEmpty();
        assertThat(c.maxRetries()).isEqualTo(2);
        assertThat(c.robotsErrorBackoff()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> config(Map.of("ingest.page.revisit.ages", "1h,six hours")))
                .hasMessageContaining("ingest.page.revisit.ages")
                .hasMessageContaining("six hours");
        assertThatThrownBy(() -> config(Map.of("ingest.fetch.private.allow", "10.0.0.0/40")))
                .hasMessageContaining("10.0.0.0/40");
        assertThatThrownBy(() -> config(Map.of("ingest.discover.sitemaps", "yes")))
                .hasMessageContaining("ingest.discover.sitemaps");
        assertThat(config(Map.of("ingest.page.revisit.ages", "")).pageRevisitAges())
                .isEqualTo(List.of());
    }
}
