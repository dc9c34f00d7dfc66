package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedListTest {

    @Test
    void readsHintsCommentsAndGuessesKinds() {
        List<Discovered> seeds = SeedList.parse(List.of(
                "# news",
                "",
                "https://news.example.com/",
                "feed https://news.example.com/world",
                "https://news.example.com/sitemap_index.xml",
                "https://news.example.com/feeds/all.rss",
                "not a url"));
        assertThat(seeds)
                .extracting(Discovered::kind)
                .containsExactly(
                        Discovered.Kind.PAGE, Discovered.Kind.FEED, Discovered.Kind.SITEMAP, Discovered.Kind.FEED);
    }

    @Test
    void refetchMarksAPageForAnotherConditionalFetch() {
        List<Discovered> seeds =
                SeedList.parse(List.of("refetch https://news.example.com/story.xml", "https://news.example.com/a"));
        assertThat(seeds).extracting(Discovered::kind).containsExactly(Discovered.Kind.PAGE, Discovered.Kind.PAGE);
        assertThat(io.newsflow.ingest.frontier.CrawlRequest.of(seeds.get(0), 0).refetch())
                .isTrue();
        assertThat(io.newsflow.ingest.frontier.CrawlRequest.of(seeds.get(1), 0).refetch())
                .isFalse();
    }
}
