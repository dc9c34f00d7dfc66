package io.newsflow.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();

    @Test
    void oneSpellingPerPage() {
        assertThat(normalizer.normalize("HTTP://News.Example.COM:80/a/./b/../c?utm_source=x&id=2#top"))
                .contains(URI.create("http://news.example.com/a/c?id=2"));
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
