package io.newsflow.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();

    @Test
    void oneSpellingPerPage() {
        assertThat(normalizer.normalize("HTTP://News.Example.COM:80/a/./b/../c?utm_source=x&id=2#top"))
                .contains(URI.create("http://news.example.com/a/c?id=2"));
    }

    /** urls/non-ascii.tsv: name, the URL as a page writes it, its normal form computed outside Java. */
    static Stream<Arguments> nonAsciiUrls() throws IOException {
        try (InputStream in = UrlNormalizerTest.class.getResourceAsStream("/urls/non-ascii.tsv")) {
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            return lines.stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1], f[2]))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonAsciiUrls")
    void encodesNonAsciiPathsAndKeepsTheQueryWhole(String name, String written, String normal) {
        assertThat(normalizer.normalize(written)).as(name).contains(URI.create(normal));
        assertThat(normalizer.normalize(normal)).as(name + " is a fixed point").contains(URI.create(normal));
    }

    @Test
    void resolvesNonAsciiLinksAgainstTheirPage() {
        URI base = URI.create("https://x.test/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/");
        assertThat(normalizer.resolve(base, "статья?id=5"))
                .contains(
                        URI.create(
                                "https://x.test/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F?id=5"));
    }

    @Test
    void refusesWhatIsNotAnAbsoluteWebUrl() {
        assertThat(normalizer.normalize("/relative/path")).isEmpty();
        assertThat(normalizer.normalize("")).isEmpty();
        assertThat(normalizer.normalize(null)).isEmpty();
    }

    @Test
    void resolvesRelativeLinksLikeABrowser() {
        URI base = URI.create("https://news.example.com/world/story.html");
        assertThat(normalizer.resolve(base, "../sport/match.html"))
                .contains(URI.create("https://news.example.com/sport/match.html"));
        assertThat(normalizer.resolve(base, "//other.example.org/x"))
                .contains(URI.create("https://other.example.org/x"));
    }

    @Test
    void politenessKeyIsHostOrRegistrableDomain() {
        URI url = URI.create("https://live.news.example.co.uk/story");
        assertThat(new PolitenessKey(false).of(url)).isEqualTo("live.news.example.co.uk");
        assertThat(new PolitenessKey(true).of(url)).isEqualTo("example.co.uk");
        assertThat(new PolitenessKey(true).of(URI.create("http://127.0.0.2:8080/")))
                .isEqualTo("127.0.0.2");
    }

    @Test
    void filterChainSaysWhyItRefuses() {
        UrlFilterChain chain = UrlFilterChain.defaults();
        assertThat(chain.reject(URI.create("ftp://news.example.com/a")))
                .get()
                .asString()
                .contains("scheme");
        assertThat(chain.reject(URI.create("http://user:pw@news.example.com/a")))
                .get()
                .asString()
                .contains("credentials");
        assertThat(chain.reject(URI.create("http://news.example.com/logo.PNG")))
                .get()
                .asString()
                .contains(".png");
        assertThat(chain.reject(URI.create("http://news.example.com/2025/story.html")))
                .isEmpty();
        assertThat(chain.reject(URI.create("http://news.example.com/v1.2/story")))
                .isEmpty();
    }
}
