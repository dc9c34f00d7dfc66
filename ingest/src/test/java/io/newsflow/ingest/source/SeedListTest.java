package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.frontier.CrawlRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedListTest {

    @Test
    void takesTheKindFromTheWordBeforeTheUrlNeverFromItsPath() {
        SeedList.Seeds seeds = SeedList.parse(List.of(
                "# news",
                "",
                "https://news.example.com/",
                "feed https://news.example.com/world",
                "https://news.example.com/sitemap_index.xml",
                "https://news.example.com/feeds/all.rss"));
        assertThat(seeds.seeds())
                .extracting(Discovered::kind)
                .containsExactly(
                        Discovered.Kind.PAGE, Discovered.Kind.FEED, Discovered.Kind.PAGE, Discovered.Kind.PAGE);
        assertThat(seeds.problems()).isEmpty();
        // the response decides for the untyped ones
        assertThat(seeds.seeds())
                .extracting(d -> CrawlRequest.of(d, 0).kindFromResponse())
                .containsExactly(true, false, true, true);
    }

    @Test
    void refetchMarksAPageForAnotherConditionalFetch() {
        List<Discovered> seeds = SeedList.parse(
                        List.of("refetch https://news.example.com/story.xml", "https://news.example.com/a"))
                .seeds();
        assertThat(seeds).extracting(Discovered::kind).containsExactly(Discovered.Kind.PAGE, Discovered.Kind.PAGE);
        assertThat(CrawlRequest.of(seeds.get(0), 0).refetch()).isTrue();
        assertThat(CrawlRequest.of(seeds.get(1), 0).refetch()).isFalse();
    }

    @Test
    void aNoteAfterTheUrlIsAComment() {
        SeedList.Seeds seeds = SeedList.parse(List.of(
                "https://news.example.com/a   # the front page",
                "feed https://news.example.com/rss\t# world news",
                "https://news.example.com/b#section   # a fragment is not a comment"));
        assertThat(seeds.problems()).isEmpty();
        assertThat(seeds.seeds())
                .extracting(Discovered::url)
                .containsExactly(
                        URI.create("https://news.example.com/a"),
                        URI.create("https://news.example.com/rss"),
                        URI.create("https://news.example.com/b"));
    }

    @Test
    void tabSeparatedKeyValuesAreCarriedAsMetadata() {
        // the seed format of Nutch and StormCrawler
        SeedList.Seeds seeds = SeedList.parse(List.of(
                "https://news.example.com/a\tsection=world\tnutch.score=2.5",
                "https://news.example.com/b\tsource=https://partner.example.org/list"));
        assertThat(seeds.problems()).isEmpty();
        assertThat(seeds.seeds().get(0).url()).isEqualTo(URI.create("https://news.example.com/a"));
        assertThat(seeds.seeds().get(0).meta())
                .containsAllEntriesOf(Map.of("section", "world", "nutch.score", "2.5", "seed", "true"));
        assertThat(seeds.seeds().get(1).meta()).containsEntry("source", "https://partner.example.org/list");
    }

    @Test
    void everyLineThatIsNotTakenIsReportedWithItsNumber() {
        SeedList.Seeds seeds = SeedList.parse(List.of(
                "https://news.example.com/ok",
                "htp://news.example.com/typo",
                "http://h/o6 page.html",
                "news.example.com/no-scheme",
                "feeed https://news.example.com/rss",
                "https:/news.example.com/one-slash",
                "ftp://files.example.com/x",
                "not a url"));
        assertThat(seeds.seeds())
                .extracting(Discovered::url)
                .containsExactly(URI.create("https://news.example.com/ok"));
        assertThat(seeds.problems()).extracting(SeedList.Problem::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(seeds.problems().get(0).reason()).contains("'htp'").contains("mistyped");
        assertThat(seeds.problems().get(1).reason()).contains("page.html").contains("%20");
        assertThat(seeds.problems().get(2).reason()).contains("https://news.example.com/no-scheme");
        assertThat(seeds.problems().get(3).reason()).contains("'feeed'");
        assertThat(seeds.problems().get(4).reason()).contains("//");
        assertThat(seeds.problems().get(5).reason()).contains("'ftp'");
        assertThat(seeds.problems().get(0).toString()).startsWith("line 2: ");
    }
}
