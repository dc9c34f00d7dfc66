package io.newsflow.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.source.Discovered;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindSnifferTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rss2.xml, application/rss+xml, FEED",
        "atom.xml, application/atom+xml, FEED",
        "jsonfeed10.json, application/json, FEED",
        "jsonfeed11.json, application/feed+json, FEED",
        "sitemap_index.xml, application/xml, SITEMAP",
        "news_sitemap.xml, text/xml, SITEMAP",
        "encoding/page.html, application/xml, NONE",
    })
    void tellsFeedsAndSitemapsByTheirBodyNotTheirName(String fixture, String type, String kind) throws IOException {
        byte[] body;
        try (InputStream in = KindSnifferTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            body = in.readAllBytes();
        }
        Optional<Discovered.Kind> expected =
                kind.equals("NONE") ? Optional.empty() : Optional.of(Discovered.Kind.valueOf(kind));
        assertThat(KindSniffer.of(type, body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'{\"items\": []}', application/json", "'<html><body>feed</body></html>', text/xml"})
    void otherBodiesAreNeither(String body, String type) {
        assertThat(KindSniffer.of(type, body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
