package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTaggerTest {

    private final ArticleTagger tagger = SharedTagger.TAGGER;

    @Test
    void tagsTopicLanguageAndKeywords() {
        Tags tags = tagger.tag(new TagInput(
                "Striker scores twice as United win the derby",
                "Marcus Rashford scored twice as Manchester United beat Manchester City 2-1 at Old Trafford."
                        + " Rashford now has 20 league goals this season.",
                "en-GB",
                null,
                null,
                null));
        assertThat(tags.topics()).isNotEmpty();
        assertThat(tags.topics().get(0).code()).isEqualTo("medtop:15000000");
        assertThat(tags.topics().get(0).label()).isEqualTo("sport");
        assertThat(tags.topics().get(0).signals()).anyMatch(s -> s.startsWith("model="));
        assertThat(tags.topics().get(0).signals()).anyMatch(s -> s.startsWith("words:"));
        assertThat(tags.language()).isEqualTo("en");
        assertThat(tags.keywords()).contains("Manchester United");
    }

    @Test
    void pageSectionAndUrlAreSignalsThatCount() {
        // A sale of a club reads as business; the publisher filed it under Sport, and that counts.
        String title = "Club sold to new owners";
        String text = "The owners agreed the sale after months of talks.";
        List<TopicTag> alone =
                tagger.tag(new TagInput(title, text, "en", null, null, null)).topics();
        assertThat(alone.get(0).code()).isEqualTo("medtop:04000000");
        assertThat(alone).noneMatch(t -> t.code().equals("medtop:15000000"));
        List<TopicTag> filed = tagger.tag(new TagInput(
                        title,
                        text,
                        "en",
                        List.of("Sport"),
                        List.of(),
                        "https://news.example.com/sport/football/club-sold"))
                .topics();
        TopicTag sport = filed.stream()
                .filter(t -> t.code().equals("medtop:15000000"))
                .findFirst()
                .orElseThrow();
        // Listed (topics come above 0.2) where it was absent, though the words still read as business.
        assertThat(sport.score()).isGreaterThan(0.2);
        assertThat(sport.signals()).contains("section:sport");
    }

    @Test
    void scoresAreCalibratedSharesAndAtLeastOneTopicComes() {
        Tags tags = tagger.tag(new TagInput("", "", null, null, null, null));
        assertThat(tags.topics()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(tags.language()).isEqualTo("und");
        assertThat(tags.keywords()).isEmpty();
        Tags news = tagger.tag(new TagInput(
                "Central bank raises rates",
                "The central bank raised its key"
                        + " interest rate by half a point to fight inflation, and markets fell.",
                "en",
                null,
                null,
                null));
        double sum = news.topics().stream().mapToDouble(TopicTag::score).sum();
        assertThat(sum).isLessThanOrEqualTo(1.0001);
        assertThat(news.topics()).allMatch(t -> t.score() > 0 && t.score() <= 1);
        assertThat(news.topics().get(0).code()).isEqualTo("medtop:04000000");
    }

    @Test
    void taxonomyHasTheSeventeenTopLevelTopics() {
        Taxonomy taxonomy = Taxonomy.load();
        assertThat(taxonomy.size()).isEqualTo(17);
        for (int i = 0; i < 17; i++) {
            assertThat(taxonomy.get(i).code()).isEqualTo(String.format("medtop:%02d000000", i + 1));
            assertThat(taxonomy.get(i).definition()).isNotBlank();
        }
    }

    @Test
    void urlSlugWordsAreNotSections() {
        assertThat(PageSignals.urlWords("https://x.com/business/markets/sport-stocks-fall-2024"))
                .containsExactly("business", "markets");
        assertThat(PageSignals.urlWords("https://x.com/sport/")).containsExactly("sport");
        assertThat(PageSignals.urlWords("not a url")).isEmpty();
    }
}
