package io.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.Story;
import io.newsflow.schema.Topic;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.route.RoutingRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> enriched;
    private TestOutputTopic<String, Article> clean;
    private TestOutputTopic<String, Article> latest;
    private TestOutputTopic<byte[], DeadLetter> dead;
    private TestOutputTopic<String, Story> stories;
    private TestOutputTopic<String, Article> politics;
    private TestOutputTopic<String, Article> german;

    @BeforeEach
    void setUp() {
        start(SinkSettings.defaults());
    }

    private void start(SinkSettings defaults) {
        SinkSettings s = defaults.withRouting(
                new RoutingRules("articles.topic.", RoutingRules.IPTC_TOP_LEVEL, "articles.lang.", Set.of("de", "en")));
        driver = new TopologyTestDriver(
                SinkTopology.build(s, serdes, new SimpleMeterRegistry(), Clock.fixed(NOW, ZoneOffset.UTC)));
        enriched = driver.createInputTopic(s.enrichedTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(
                s.cleanTopic(), new StringDeserializer(), serdes.article().deserializer());
        latest = driver.createOutputTopic(
                s.latestTopic(), new StringDeserializer(), serdes.article().deserializer());
        dead = driver.createOutputTopic(
                s.deadLetters(),
                new ByteArrayDeserializer(),
                serdes.deadLetter().deserializer());
        stories = driver.createOutputTopic(
                s.storiesTopic(), new StringDeserializer(), serdes.story().deserializer());
        politics = driver.createOutputTopic(
                "articles.topic.medtop-11000000",
                new StringDeserializer(),
                serdes.article().deserializer());
        german = driver.createOutputTopic(
                "articles.lang.de", new StringDeserializer(), serdes.article().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private void send(String id, String hash) {
        Article a = Article.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + id)
                .setText("text " + hash)
                .setContentHash(hash)
                .build();
        enriched.pipeInput(id.getBytes(), serdes.article().serializer().serialize("t", a));
    }

    @Test
    void aNewArticleGoesToCleanAndLatestAsVersionOne() {
        send("a", "h1");
        Article out = clean.readValue();
        assertThat(out.getVersion()).isEqualTo(1);
        assertThat(out.getSinkAt()).isEqualTo(NOW);
        assertThat(latest.readKeyValue().key).isEqualTo("a");
    }

    @Test
    void theSameArticleAgainIsNotEmittedTwice() {
        send("a", "h1");
        send("a", "h1");
        assertThat(clean.readValuesToList()).hasSize(1);
        assertThat(latest.readValuesToList()).hasSize(1);
    }

    @Test
    void changedTextIsTheNextVersionOfTheSameId() {
        send("a", "h1");
        send("a", "h2");
        send("a", "h2");
        assertThat(clean.readValuesToList()).extracting(Article::getVersion).containsExactly(1, 2);
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopic() {
        enriched.pipeInput("x".getBytes(), new byte[] {9, 9, 9});
        send("b", "h");
        DeadLetter d = dead.readValue();
        assertThat(d.getStage()).isEqualTo("sink");
        assertThat(d.getOriginalValue().array()).containsExactly(9, 9, 9);
        assertThat(clean.readValue().getId()).isEqualTo("b");
    }

    private static final String WIRE =
            "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, "
                    + "the fourth increase this year, saying inflation in services remained too high and the labour market too tight. "
                    + "The governor told reporters that further increases could not be ruled out if wage growth stayed strong, "
                    + "while two members of the rate-setting committee voted to keep borrowing costs unchanged. Markets had "
                    + "expected the move, and the currency barely changed after the announcement.";

    private void sendArticle(Article a) {
        enriched.pipeInput(a.getId().getBytes(), serdes.article().serializer().serialize("t", a));
    }

    private static Article article(String id, String title, String text) {
        return Article.newBuilder()
                .setId(id)
                .setUrl("https://" + id + ".example/news")
                .setSite(id + ".example")
                .setTitle(title)
                .setText(text)
                .setContentHash(Integer.toHexString(text.hashCode()))
                .build();
    }

    @Test
    void aSyndicatedCopyIsNotNewsButAddsItsSourceToTheOriginal() {
        sendArticle(article("wire", "Central bank raises rates again", WIRE));
        sendArticle(article(
                "paper",
                "Rates up for the fourth time",
                "Advertisement\n\n" + WIRE + "\n\nShare this article. Related stories."));
        List<Article> cleanOut = clean.readValuesToList();
        assertThat(cleanOut).extracting(Article::getId).containsExactly("wire");
        List<Article> latestOut = latest.readValuesToList();
        assertThat(latestOut).extracting(Article::getId).containsExactly("wire", "wire", "paper");
        assertThat(latestOut.get(1).getSources())
                .containsExactly("https://wire.example/news", "https://paper.example/news");
        assertThat(latestOut.get(2).getDuplicateOf()).isEqualTo("wire");
        assertThat(latestOut.get(2).getStoryId())
                .isEqualTo(cleanOut.get(0).getStoryId())
                .isNotNull();
    }

    @Test
    void theCopyArrivingAgainChangesNothing() {
        sendArticle(article("wire", "Central bank raises rates again", WIRE));
        sendArticle(article("paper", "Rates up", WIRE + " Extra line."));
        sendArticle(article("paper", "Rates up", WIRE + " Extra line."));
        assertThat(clean.readValuesToList()).hasSize(1);
        assertThat(latest.readValuesToList()).hasSize(3);
    }

    @Test
    void articlesGoToTheirSubjectAndLanguageTopics() {
        Topic politicsTopic = new Topic("medtop:11000000", "politics", 0.9, List.of());
        Topic unlisted = new Topic("medtop:20000123", "something narrow", 0.9, List.of());
        sendArticle(Article.newBuilder(article("a", "Parliament votes", "Parliament voted on the budget."))
                .setTopics(List.of(politicsTopic))
                .setLanguage("de")
                .build());
        sendArticle(Article.newBuilder(article("b", "A narrow thing", "Something else entirely happened."))
                .setTopics(List.of(unlisted))
                .setLanguage("fr")
                .build());
        assertThat(clean.readValuesToList()).extracting(Article::getId).containsExactly("a", "b");
        assertThat(politics.readValuesToList()).extracting(Article::getId).containsExactly("a");
        assertThat(german.readValuesToList()).extracting(Article::getId).containsExactly("a");
    }

    @Test
    void reportsOfOneEventShareAStoryAndEachChangeIsPublished() {
        sendArticle(article(
                "one", "Magnitude 7.0 earthquake strikes off Aomori, northern Japan", "A powerful earthquake struck."));
        sendArticle(article("two", "Dutch election: Wilders wins most seats", "The far-right party won."));
        sendArticle(article("three", "Tsunami advisory after Aomori earthquake in Japan", "Japan issued an advisory."));
        List<Article> out = clean.readValuesToList();
        assertThat(out.get(2).getStoryId()).isEqualTo(out.get(0).getStoryId());
        assertThat(out.get(1).getStoryId()).isNotEqualTo(out.get(0).getStoryId());
        List<Story> changes = stories.readValuesToList();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(2).getArticleIds()).containsExactly("one", "three");
        assertThat(changes.get(2).getOutlets()).containsExactly("one.example", "three.example");
    }

    @Test
    void storiesThatTurnOutToBeOneAreMergedAndTheAbsorbedOneSaysWhere() {
        driver.close();
        start(SinkSettings.defaults()
                .withStories(SinkSettings.defaults().stories().withMergeThreshold(1.5)));
        String evacuation = "Grindavik evacuated as Reykjanes volcano erupts";
        sendArticle(article("a", evacuation, evacuation + "."));
        String lava = "Lava fountains light up sky over Icelandic fishing town";
        sendArticle(article("b", lava, lava + "."));
        String bridge = "Grindavik evacuated as lava fountains light up sky over Reykjanes";
        sendArticle(article("d", bridge, bridge + "."));
        List<Article> out = clean.readValuesToList();
        assertThat(out.get(1).getStoryId())
                .as("two stories before the bridge")
                .isNotEqualTo(out.get(0).getStoryId());
        String live = out.get(2).getStoryId();
        List<Story> changes = stories.readValuesToList();
        Story survivor = changes.get(changes.size() - 2);
        Story absorbed = changes.get(changes.size() - 1);
        assertThat(survivor.getId()).isEqualTo(live);
        assertThat(survivor.getMergedInto()).isNull();
        assertThat(survivor.getArticleIds()).containsExactlyInAnyOrder("a", "b", "d");
        assertThat(survivor.getArticleCount()).isEqualTo(3);
        assertThat(absorbed.getMergedInto()).isEqualTo(live);
        assertThat(List.of(out.get(0).getStoryId(), out.get(1).getStoryId())).contains(absorbed.getId());
        // a new version of the absorbed story's article carries the live story's id
        String moved = absorbed.getArticleIds().get(0);
        Article before = out.get(0).getId().equals(moved) ? out.get(0) : out.get(1);
        sendArticle(article(moved, before.getTitle(), before.getText() + " Updated."));
        Article update = clean.readValue();
        assertThat(update.getVersion()).isEqualTo(2);
        assertThat(update.getStoryId()).isEqualTo(live);
    }

    @Test
    void aNewVersionKeepsItsStoryAndSources() {
        sendArticle(article("wire", "Central bank raises rates again", WIRE));
        sendArticle(article("paper", "Rates up", WIRE + " Extra line."));
        sendArticle(article("wire", "Central bank raises rates again", WIRE + " Updated with the governor's remarks."));
        List<Article> out = clean.readValuesToList();
        assertThat(out).extracting(Article::getVersion).containsExactly(1, 2);
        assertThat(out.get(1).getStoryId()).isEqualTo(out.get(0).getStoryId());
        assertThat(out.get(1).getSources()).contains("https://paper.example/news");
        assertThat(stories.readValuesToList()).hasSize(1);
    }

    @Test
    void aHeadlineOnlyPageRunAgainWithAnAttributionIsACopy() {
        sendArticle(article("wire", "ECB to reveal bad-loan hurdles", "ECB to reveal bad-loan hurdles"));
        sendArticle(article(
                "paper", "ECB to reveal bad-loan hurdles - sources", "ECB to reveal bad-loan hurdles - sources"));
        sendArticle(article(
                "other", "ECB to reveal bad-loan hurdles next week", "ECB to reveal bad-loan hurdles next week"));
        assertThat(clean.readValuesToList()).extracting(Article::getId).containsExactly("wire", "other");
        assertThat(latest.readValuesToList())
                .filteredOn(a -> a.getId().equals("paper"))
                .singleElement()
                .satisfies(a -> assertThat(a.getDuplicateOf()).isEqualTo("wire"));
    }
}
