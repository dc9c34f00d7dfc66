package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkDiscoveryTest {

    @Test
    void findsAdvertisedFeedsAndSameHostLinks() {
        LinkDiscovery.Links links = new LinkDiscovery()
                .find(Fixtures.bytes("seed_page.html"), "utf-8", URI.create("https://news.example.com/"));
        assertThat(links.feeds())
                .extracting(d -> d.url().toString())
                .containsExactly(
                        "https://news.example.com/feeds/world.rss",
                        "https://news.example.com/feeds/all.atom",
                        "https://news.example.com/feeds/world.json"); // and not the WordPress REST link, also
        // application/json
        assertThat(links.feeds()).extracting(Discovered::kind).containsOnly(Discovered.Kind.FEED);
        assertThat(links.pages())
                .extracting(d -> d.url().toString())
                .containsExactly("https://news.example.com/world/story-1", "https://news.example.com/story-2");
    }
}
