package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.enrich.metadata.MetadataReader;
import io.newsflow.enrich.repair.TextRepair;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Adversarial input for every pattern that runs on page-controlled text: long runs of what a pattern
 * repeats, followed by what makes it fail, the shape that makes a backtracking engine quadratic or
 * recursive. Each must finish quickly and without a StackOverflowError.
 */
class RegexBaitTest {
    private static final Duration QUICK = Duration.ofSeconds(3);
    private static final String PROSE = "<p>The harbour council met on Tuesday evening and voted to approve the new"
            + " sea wall, after residents spoke for and against the plan for more than two hours.</p>";

    @Test
    void entityChainsAndReferenceFloods() {
        TextRepair repair = TextRepair.defaults();
        for (String s : List.of(
                "&" + "amp;".repeat(200_000) + "!",
                "&amp;".repeat(100_000),
                "&#" + "9".repeat(200_000),
                "&" + "a".repeat(200_000),
                "&#0;&#x202E;".repeat(50_000))) {
            String out = assertTimeoutPreemptively(
                    QUICK, () -> repair.repair("caf\u00e9 " + s).text());
            assertThat(out).doesNotContain("\u0000", "\u202e");
        }
    }

    @Test
    void bylineLines() {
        MetadataReader reader = MetadataReader.defaults();
        for (String s : List.of(
                "By " + "John ".repeat(100_000),
                "By" + " ".repeat(200_000) + "x",
                "By " + ",".repeat(200_000),
                "By Ann" + " and".repeat(100_000) + " x")) {
            assertTimeoutPreemptively(QUICK, () -> reader.bylineNames(s));
        }
    }

    @Test
    void dateAndHeadFields() {
        MetadataReader reader = MetadataReader.defaults();
        String head = "<meta property=article:published_time content=\"2024-" + "1".repeat(200_000) + "\">"
                + "<meta property=og:site_name content=\"" + "Site ".repeat(50_000) + "\">"
                + "<title>" + "Headline | ".repeat(20_000) + "</title>"
                + "<time datetime=\"" + "2024-01-01 ".repeat(20_000) + "\">x</time>";
        var doc = Jsoup.parse("<html><head>" + head + "</head><body>" + PROSE + "</body></html>");
        var m = assertTimeoutPreemptively(QUICK, () -> reader.read(doc, "https://example.org/a"));
        assertThat(m.publishedAt()).isNull();
    }

    @Test
    void chromeRulesOnLongLines() {
        ChromeFilter chrome = ChromeFilter.defaults();
        List<String> lines = List.of(
                "Related " + "word ".repeat(100_000),
                "Leave a Reply " + "a".repeat(200_000) + "!",
                "Source : " + " ".repeat(100_000) + "x",
                "MORE NEWS " + "- 2 hours ago ".repeat(20_000),
                "\u00a9 " + "2024 ".repeat(50_000) + "All rights",
                "Share" + " |".repeat(100_000),
                "Read more" + ".".repeat(200_000));
        assertTimeoutPreemptively(QUICK, () -> chrome.cleanLines(lines));
    }

    @Test
    void charsetPrescanAndMarkupSniffing() {
        Extractor extractor = Extractor.withDefaults();
        for (String page : List.of(
                "<meta" + " charset".repeat(2_000),
                "<?xml" + " encoding".repeat(2_000),
                "<a" + "x".repeat(1999) + "<".repeat(100_000),
                ("<meta http-equiv=x content=\"charset=" + "a".repeat(5_000) + "\">" + PROSE + PROSE))) {
            assertTimeoutPreemptively(QUICK, () -> {
                try {
                    extractor.extract(new PageInput(null, page.getBytes(StandardCharsets.UTF_8), null, null));
                } catch (ExtractionException e) {
                    assertThat(e.kind()).isNotBlank();
                }
            });
        }
    }

    @Test
    void hugeClassAndIdAttributes() {
        Extractor extractor = Extractor.withDefaults();
        String page = "<html><body><div class=\"" + "a ".repeat(2_000_000) + "\" id=\"" + "no-".repeat(300_000)
                + "\"><article>" + PROSE + PROSE + "</article></div></body></html>";
        ExtractedArticle a = assertTimeoutPreemptively(QUICK, () -> extractor.extract(PageInput.html(null, page)));
        assertThat(a.text()).contains("harbour council");
    }
}
