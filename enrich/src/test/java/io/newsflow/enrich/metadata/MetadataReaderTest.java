package io.newsflow.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    private final MetadataReader reader = MetadataReader.defaults();

    private Metadata read(String head, String body) {
        return reader.read(
                Jsoup.parse(
                        "<html lang=de-de><head>" + head + "</head><body>" + body + "</body></html>",
                        "https://www.example.org/a"),
                "https://www.example.org/a");
    }

    @Test
    void readsJsonLdAuthorsFromGraphAndArrays() {
        Metadata m = read(
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example Daily\"},"
                        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Harbour reopens\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"name\":\"Tom Berg\"}],"
                        + "\"datePublished\":\"2024-03-05T09:30:00+01:00\",\"dateModified\":\"2024-03-05 11:00\",\"image\":{\"url\":\"https://img.example.org/h.jpg\"},"
                        + "\"inLanguage\":\"de\"}]}</script>",
                "");
        assertThat(m.authors()).containsExactly("Ana Ruiz", "Tom Berg");
        assertThat(m.title()).isEqualTo("Harbour reopens");
        assertThat(m.publishedAt()).isEqualTo("2024-03-05T09:30:00+01:00");
        assertThat(m.modifiedAt()).isEqualTo("2024-03-05T11:00:00Z");
        assertThat(m.image()).isEqualTo("https://img.example.org/h.jpg");
        assertThat(m.siteName()).isEqualTo("Example Daily");
    }

    @Test
    void stripsSiteNameFromTitle() {
        Metadata m = read(
                "<title>Harbour reopens after two years | Example Daily</title><meta property=og:site_name content=\"Example Daily\">",
                "");
        assertThat(m.title()).isEqualTo("Harbour reopens after two years");
        Metadata n = read("<title>Harbour reopens after two years - Example</title>", "");
        assertThat(n.title()).isEqualTo("Harbour reopens after two years");
    }

    @Test
    void fallsBackToOpenGraphAndMetaTags() {
        Metadata m = read(
                "<meta property=og:title content=\"Harbour reopens\"><meta name=description content=\"Ships are back.\">"
                        + "<meta property=article:published_time content=\"2024-03-05T09:30:00Z\"><meta name=author content=\"By Ana Ruiz and Tom Berg\">"
                        + "<link rel=canonical href=\"/news/harbour\">",
                "");
        assertThat(m.title()).isEqualTo("Harbour reopens");
        assertThat(m.description()).isEqualTo("Ships are back.");
        assertThat(m.publishedAt()).isEqualTo("2024-03-05T09:30:00Z");
        assertThat(m.authors()).containsExactly("Ana Ruiz", "Tom Berg");
        assertThat(m.canonicalUrl()).isEqualTo("https://www.example.org/news/harbour");
        assertThat(m.language()).isEqualTo("de-DE");
    }

    @Test
    void readsVisibleBylineAndTimeElement() {
        Metadata m = read(
                "<title>Harbour reopens</title>",
                "<p class=byline>Von Ana Ruiz</p><time datetime=\"2024-03-05\">5. März</time>");
        assertThat(m.authors()).containsExactly("Ana Ruiz");
        assertThat(m.publishedAt()).isEqualTo("2024-03-05T00:00:00Z");
    }

    @Test
    void normalisesDateSpellings() {
        assertThat(Dates.normalize("2024-03-05T09:30:00+0100")).isEqualTo("2024-03-05T09:30:00+01:00");
        assertThat(Dates.normalize("2024-03-05T09:30:00.123Z")).isEqualTo("2024-03-05T09:30:00Z");
        assertThat(Dates.normalize("Tue, 5 Mar 2024 09:30:00 GMT")).isEqualTo("2024-03-05T09:30:00Z");
        assertThat(Dates.normalize("not a date")).isNull();
    }

    @Test
    void survivesBrokenJsonLd() {
        Metadata m = read(
                "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"headline\": </script><title>Fine</title>",
                "");
        assertThat(m.title()).isEqualTo("Fine");
    }
}
