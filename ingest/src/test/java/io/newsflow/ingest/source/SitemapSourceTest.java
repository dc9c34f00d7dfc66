package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.PageSource;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SitemapSourceTest {

    private final SitemapSource sitemaps = new SitemapSource();

    @Test
    void anIndexYieldsMoreSitemaps() throws Exception {
        List<Discovered> out = sitemaps.entries(
                Fixtures.bytes("sitemap_index.xml"),
                "application/xml",
                URI.create("https://news.example.com/sitemap_index.xml"));
        assertThat(out).extracting(Discovered::kind).containsOnly(Discovered.Kind.SITEMAP);
        assertThat(out)
                .extracting(d -> d.url().toString())
                .containsExactlyInAnyOrder(
                        "https://news.example.com/sitemaps/news.xml",
                        "https://news.example.com/sitemaps/archive-2025-11.xml.gz");
    }

    @Test
    void aNewsSitemapYieldsPagesWithNewsMetadata() throws Exception {
        List<Discovered> out = sitemaps.entries(
                Fixtures.bytes("news_sitemap.xml"),
                "text/xml",
                URI.create("https://news.example.com/sitemaps/news.xml"));
        assertThat(out)
                .extracting(d -> d.url().toString())
                .containsExactlyInAnyOrder(
                        "https://news.example.com/business/markets-close-higher",
                        "https://news.example.com/sport/final-score");
        Discovered markets = out.stream()
                .filter(d -> d.url().getPath().contains("markets"))
                .findFirst()
                .orElseThrow();
        assertThat(markets.source()).isEqualTo(PageSource.SITEMAP);
        assertThat(markets.meta())
                .containsEntry("item.title", "Markets close higher")
                .containsEntry("item.published", "2025-11-25T15:45:00Z")
                .containsEntry("item.language", "en")
                .containsEntry("news.publication", "Example News")
                .containsEntry("sitemap.lastmod", "2025-11-25T16:00:00Z");
    }

    @Test
    void gzippedSitemapsAreRead() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Fixtures.bytes("news_sitemap.xml"));
        }
        List<Discovered> out = sitemaps.entries(
                gz.toByteArray(),
                "application/gzip",
                URI.create("https://news.example.com/sitemaps/archive-2025-11.xml.gz"));
        assertThat(out).hasSize(2);
    }

    @Test
    void refusesAGzippedSitemapThatUnpacksBeyondTheCap() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[2 << 20]);
        }
        Assertions.assertThatThrownBy(() -> new SitemapSource(1 << 20)
                        .entries(
                                gz.toByteArray(),
                                "application/gzip",
                                URI.create("https://news.example.com/bomb.xml.gz")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("more than 1048576 bytes");
    }
}
