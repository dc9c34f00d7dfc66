package io.newsflow.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Page-controlled head fields that once took the stream down: each is read quickly and without overflow. */
class HostileMetadataTest {
    private final MetadataReader reader = MetadataReader.defaults();

    private Metadata read(String htmlAttributes, String head) {
        return reader.read(
                Jsoup.parse(
                        "<html " + htmlAttributes + "><head>" + head + "</head><body></body></html>",
                        "https://www.example.org/a"),
                "https://www.example.org/a");
    }

    @Test
    void titleOfThirtyThousandSeparatorsBeforeTheSiteNameIsQuick() {
        String title = "Harbour" + " -".repeat(30_000) + " reopens Example Daily";
        Metadata m = assertTimeoutPreemptively(
                Duration.ofSeconds(1),
                () -> read("", "<title>" + title + "</title><meta property=og:site_name content=\"Example Daily\">"));
        assertThat(m.title()).startsWith("Harbour -").hasSizeLessThanOrEqualTo(Titles.MAX_LENGTH);
    }

    @Test
    void separatorsAtBothEndsOfALongTitleAreQuick() {
        String site = "Example Daily";
        for (String title : new String[] {
            site + " |".repeat(50_000) + " x",
            "x" + "| ".repeat(50_000) + site,
            " \t-".repeat(40_000) + "x " + site,
            "x" + " :".repeat(40_000) + " x"
        }) {
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Titles.clean(title, site));
        }
        assertThat(Titles.clean("Harbour reopens after two years |-| Example Daily", site))
                .isEqualTo("Harbour reopens after two years");
        assertThat(Titles.clean("Example Daily » Harbour reopens", site)).isEqualTo("Harbour reopens");
    }

    @Test
    void halfAMegabyteLangAttributeIsNoLanguageNotAStackOverflow() {
        Metadata m = read("lang=\"" + "en-gb".repeat(100_000) + "\"", "<title>Harbour reopens</title>");
        assertThat(m.language()).isNull();
        Metadata dashes = read("lang=\"en" + "-ab".repeat(200_000) + "\"", "");
        assertThat(dashes.language()).isNull();
        assertThat(read("lang=\"pt_br\"", "").language()).isEqualTo("pt-BR");
    }
}
