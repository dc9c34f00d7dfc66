package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Hostile input: every page gives an article or a typed ExtractionException, quickly, without blowing the stack. */
class RobustnessTest {
    private static final Extractor EXTRACTOR = Extractor.withDefaults();

    /** The result or the typed failure; anything else (runtime exception, StackOverflowError, hang) fails the test. */
    private static void extractsOrFailsTyped(PageInput page, Duration bound) {
        assertTimeoutPreemptively(bound, () -> {
            try {
                ExtractedArticle a = EXTRACTOR.extract(page);
                assertThat(a.text()).isNotNull();
            } catch (ExtractionException e) {
                assertThat(e.kind()).isNotBlank();
            }
        });
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 4000) byte[] body) {
        extractsOrFailsTyped(new PageInput(null, body, "text/html", null), Duration.ofSeconds(2));
    }

    @Property(tries = 100)
    void truncatedHtml(@ForAll("pages") String html, @ForAll("fractions") double cut) {
        String truncated = html.substring(0, (int) (html.length() * cut));
        extractsOrFailsTyped(PageInput.html(null, truncated), Duration.ofSeconds(2));
    }

    @Property(tries = 100)
    void randomMarkupSoup(@ForAll("soup") String html) {
        extractsOrFailsTyped(
                new PageInput(null, html.getBytes(StandardCharsets.UTF_8), null, "utf-8"), Duration.ofSeconds(2));
    }

    @Example
    void hundredThousandDeepNesting() {
        String deep = "<div>".repeat(100_000) + "<p>Deep text that should survive the nesting of the page somehow.</p>"
                + "</div>".repeat(100_000);
        extractsOrFailsTyped(PageInput.html(null, deep), Duration.ofSeconds(20));
        String spans = "<p>" + "<span><b><i>".repeat(40_000) + "text" + "</i></b></span>".repeat(40_000);
        extractsOrFailsTyped(PageInput.html(null, spans), Duration.ofSeconds(20));
    }

    @Example
    void fiftyMegabytePage() {
        String para = "<p>" + "Words of a very long page, with commas, and more words. ".repeat(20) + "</p>\n";
        StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><article>");
        while (sb.length() < 50_000_000) sb.append(para);
        extractsOrFailsTyped(PageInput.html(null, sb.toString()), Duration.ofSeconds(30));
    }

    @Example
    void binaryBodiesAreTypedErrors() {
        byte[] jpeg = new byte[100_000];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        extractsOrFailsTyped(new PageInput(null, jpeg, "text/html", null), Duration.ofSeconds(1));
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> para = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars(' ', ',', '.', 'ä', '中')
                .ofMinLength(20)
                .ofMaxLength(300);
        return para.list().ofMinSize(1).ofMaxSize(12).map(ps -> {
            StringBuilder sb = new StringBuilder(
                    "<html><head><title>T</title><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script></head><body><nav><a href=/>Home</a></nav><article>");
            for (String p : ps) sb.append("<p>").append(p).append("</p>");
            return sb.append("</article><footer>f</footer></body></html>").toString();
        });
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> token = Arbitraries.of(
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<br>",
                "<a href=x>",
                "</a>",
                "<ul><li>",
                "</li>",
                "<table><tr><td>",
                "</td>",
                "<script>",
                "</script>",
                "<!--",
                "-->",
                "<![CDATA[",
                "]]>",
                "&amp;",
                "&#x0;",
                "&#99999999;",
                "<meta charset=\"x\">",
                "<style>",
                "<svg>",
                "<math>",
                "<template>",
                "<noscript>",
                "Some words, here. ",
                "\u0000",
                "\uFFFD",
                "<");
        return token.list().ofMaxSize(300).map(l -> String.join("", l));
    }
}
