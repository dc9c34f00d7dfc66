package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schema.PageSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedSourceTest {

    private final FeedSource feeds = new FeedSource();

    @Test
    void rssItemsBecomePagesWithTheirTitleAndDate() throws Exception {
        List<Discovered> items =
                feeds.items(Fixtures.bytes("rss2.xml"), URI.create("https://news.example.com/feeds/world.rss"));
        assertThat(items)
                .extracting(d -> d.url().toString())
                .containsExactly(
                        "https://news.example.com/world/rivers-rise", "https://news.example.com/world/relative-story");
        Discovered first = items.get(0);
        assertThat(first.kind()).isEqualTo(Discovered.Kind.PAGE);
        assertThat(first.source()).isEqualTo(PageSource.FEED);
        assertThat(first.meta())
                .containsEntry("item.title", "Rivers rise across the valley")
                .containsEntry("item.published", "2025-11-25T08:30:00Z")
                .containsEntry("item.author", "Ana Ruiz")
                .containsEntry("feed.title", "Example News – World")
                .containsEntry("feed.url", "https://news.example.com/feeds/world.rss");
        assertThat(items.get(1).meta()).containsEntry("item.published", "2025-11-25T08:00:00Z");
    }

    @Test
    void jsonFeedItemsBecomePagesLikeRssItems() throws Exception {
        List<Discovered> items =
                feeds.items(Fixtures.bytes("jsonfeed11.json"), URI.create("https://news.example.com/feeds/world.json"));
        assertThat(items)
                .extracting(d -> d.url().toString())
                .containsExactly(
                        "https://news.example.com/world/rivers-rise",
                        "https://news.example.com/world/relative-story",
                        "https://news.example.com/world/id-only");
        assertThat(items).extracting(Discovered::source).containsOnly(PageSource.FEED);
        assertThat(items.get(0).meta())
                .containsEntry("item.title", "Rivers rise across the valley")
                .containsEntry("item.published", "2025-11-25T08:30:00Z")
                .containsEntry("item.updated", "2025-11-25T09:10:00Z")
                .containsEntry("item.author", "Ana Ruiz")
                .containsEntry("item.id", "4711")
                .containsEntry("feed.title", "Example News – World (JSON)")
                .containsEntry("feed.url", "https://news.example.com/feeds/world.json");
    }

    @Test
    void jsonFeedOneZeroWithItsSingleAuthorAndExternalUrl() throws Exception {
        List<Discovered> items =
                feeds.items(Fixtures.bytes("jsonfeed10.json"), URI.create("https://old.example.net/feed.json"));
        assertThat(items).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo(URI.create("https://elsewhere.example.org/linked"));
            assertThat(d.meta())
                    .containsEntry("item.author", "Sam Doe")
                    .containsEntry("item.published", "2024-02-01T10:00:00+01:00");
        });
    }

    @Test
    void jsonThatIsNotAJsonFeedIsRefused() {
        byte[] api = "{\"id\": 42, \"link\": \"https://news.example.com/x\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> feeds.items(api, URI.create("https://news.example.com/wp-json/wp/v2/posts/42")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not a JSON Feed");
        byte[] broken =
                "  {\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> feeds.items(broken, URI.create("https://news.example.com/f.json")))
                .isInstanceOf(SourceException.class);
    }

    @Test
    void atomEntriesUseTheirAlternateLink() throws Exception {
        List<Discovered> items =
                feeds.items(Fixtures.bytes("atom.xml"), URI.create("https://science.example.org/feed.atom"));
        assertThat(items).singleElement().satisfies(d -> {
            assertThat(d.url()).isEqualTo(URI.create("https://science.example.org/2025/comet"));
            assertThat(d.meta())
                    .containsEntry("item.title", "Comet seen from Earth")
                    .containsEntry("item.published", "2025-11-24T18:00:00Z");
        });
    }

    @Test
    void refusesDoctypesSoNoEntityTricksReachTheParser() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() ->
                        feeds.items(xxe.getBytes(StandardCharsets.UTF_8), URI.create("https://evil.example/feed")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("https://evil.example/feed");
    }

    @Test
    void htmlIsNotAFeed() {
        assertThatThrownBy(() -> feeds.items(Fixtures.bytes("seed_page.html"), URI.create("https://news.example.com/")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("not a readable RSS/Atom feed");
    }
}
