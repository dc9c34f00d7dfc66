package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.schema.Article;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceMetaKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages from a folder, through the front door: the publication time the folder source found (sidecar or
 * file time) dates a page that states none, a page's own date wins, and a headline-only text page is an
 * article whose title is its headline.
 */
class FolderPageDatesTest {

    private static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = new Enricher(Extractor.withDefaults(), ArticleTagger.create(), Clock.systemUTC());
    }

    private static Article enrich(String contentType, String body, Map<String, String> meta) {
        RawPage page = RawPage.newBuilder()
                .setUrl("file:///archive/2026-03/ecb.txt")
                .setFetchedAt(Instant.parse("2026-12-01T00:00:00Z"))
                .setContentType(contentType)
                .setBody(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)))
                .setSource(PageSource.FILE)
                .setSourceMeta(meta)
                .build();
        Enricher.Outcome out = enricher.enrich(page);
        assertThat(out).isInstanceOf(Enricher.Enriched.class);
        return ((Enricher.Enriched) out).article();
    }

    @Test
    void aHeadlineOnlyTextPageIsTitledAndDatedByItsSource() {
        Article a = enrich(
                "text/plain",
                "ECB to reveal bad-loan hurdles - sources\n",
                Map.of("file.path", "ecb.txt", SourceMetaKeys.PUBLISHED, "2026-03-03T09:13:00Z"));
        assertThat(a.getTitle()).isEqualTo("ECB to reveal bad-loan hurdles - sources");
        assertThat(a.getPublishedAt()).isEqualTo("2026-03-03T09:13:00Z");
    }

    @Test
    void aSourceDateWithAnOffsetIsKeptAsAnInstantWithItsOffset() {
        Article a = enrich(
                "text/plain",
                "Magnitude 6.1 earthquake strikes eastern Turkey, buildings collapse in Malatya\n",
                Map.of(SourceMetaKeys.PUBLISHED, "2026-03-01T06:00:00+03:00"));
        assertThat(Instant.from(OffsetDateTime.parse(a.getPublishedAt())))
                .isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
    }

    @Test
    void thePagesOwnDateWinsOverTheSources() {
        String html = "<html><head><title>Wall Street rallies after Fed leaves rates on hold</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-03T06:22:00Z\"></head><body><article>"
                + "<h1>Wall Street rallies after Fed leaves rates on hold</h1>"
                + "<p>Stocks rose on Wednesday after the Federal Reserve left its benchmark rate unchanged for a third "
                + "meeting, as policymakers said inflation had not yet fallen far enough to justify cuts.</p>"
                + "<p>The decision was widely expected, and the central bank's statement repeated that it would "
                + "watch incoming data on prices and jobs before moving.</p></article></body></html>";
        Article a = enrich("text/html", html, Map.of(SourceMetaKeys.PUBLISHED, "2026-11-30T00:00:00Z"));
        assertThat(a.getPublishedAt()).isEqualTo("2026-03-03T06:22:00Z");
    }

    @Test
    void noDateAnywhereIsNoDate() {
        Article a = enrich("text/plain", "ECB to reveal bad-loan hurdles - sources\n", Map.of());
        assertThat(a.getPublishedAt()).isNull();
    }
}
