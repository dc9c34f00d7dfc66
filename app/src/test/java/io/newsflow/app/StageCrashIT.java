package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.schema.Article;
import io.newsflow.schema.Story;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stages killed with SIGKILL mid-stream: with exactly_once_v2, every page still appears downstream
 * exactly once (read_committed), whether a restarted instance or a surviving group member takes over
 * the partitions, and a restarted sink's stories agree with its articles.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StageCrashIT {

    private static final int PAGES = 400;
    private static final Duration WAIT = Duration.ofSeconds(180);
    private final AvroSerdes serdes = AvroSerdes.registryFree();

    private NewsflowConfig isolated(KafkaCluster kafka, Path dir) {
        NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), dir.resolve("state"));
        TopicPlan.ensure(config.kafka(), config.topics());
        return config;
    }

    @Test
    void anEnrichKilledMidStreamAndRestartedLosesAndDuplicatesNothing(KafkaCluster kafka, @TempDir Path dir)
            throws Exception {
        NewsflowConfig config = isolated(kafka, dir);
        NumberedPages.publishPages(kafka, config.topics().pagesRaw(), "crash", 0, PAGES);
        try (StageProcess first = StageProcess.start("enrich", config, dir.resolve("a"), dir.resolve("a.log"))) {
            ExactlyOnce.awaitAtLeast(kafka, config.topics().articlesEnriched(), PAGES / 8, Duration.ofSeconds(120));
            first.kill();
        }
        try (StageProcess second = StageProcess.start("enrich", config, dir.resolve("a"), dir.resolve("b.log"))) {
            assertEnrichedOnce(kafka, config);
            assertThat(second.isAlive())
                    .as("the restarted enrich is still running")
                    .isTrue();
        }
    }

    @Test
    void whenOneOfTwoInstancesIsKilledTheOtherTakesItsPartitions(KafkaCluster kafka, @TempDir Path dir)
            throws Exception {
        NewsflowConfig config = isolated(kafka, dir);
        NumberedPages.publishPages(kafka, config.topics().pagesRaw(), "crash", 0, PAGES);
        try (StageProcess survivor = StageProcess.start("enrich", config, dir.resolve("s"), dir.resolve("s.log"));
                StageProcess victim = StageProcess.start("enrich", config, dir.resolve("v"), dir.resolve("v.log"))) {
            ExactlyOnce.awaitAtLeast(kafka, config.topics().articlesEnriched(), PAGES / 8, Duration.ofSeconds(120));
            victim.kill();
            assertEnrichedOnce(kafka, config);
            assertThat(survivor.isAlive()).isTrue();
        }
    }

    @Test
    void aSinkKilledMidStreamAndRestartedEmitsEveryArticleOnceInAConsistentStory(KafkaCluster kafka, @TempDir Path dir)
            throws Exception {
        NewsflowConfig config = isolated(kafka, dir);
        String enriched = config.topics().articlesEnriched();
        NumberedPages.publishArticles(kafka, enriched, "sinkcrash", 0, PAGES / 2);
        CompletableFuture<Void> rest;
        try (StageProcess first = StageProcess.start("sink", config, dir.resolve("a"), dir.resolve("a.log"))) {
            ExactlyOnce.awaitAtLeast(kafka, config.topics().articlesClean(), PAGES / 8, Duration.ofSeconds(120));
            // the second half arrives while the sink runs, so the kill falls mid-stream, not after the end
            rest = CompletableFuture.runAsync(
                    () -> NumberedPages.publishArticles(kafka, enriched, "sinkcrash", PAGES / 2, PAGES));
            Thread.sleep(1_000);
            first.kill();
        }
        int beforeRestart = kafka.readFor(config.topics().articlesClean(), Duration.ofSeconds(1))
                .size();
        System.out.printf("sink killed with %d of %d articles on articles.clean%n", beforeRestart, PAGES);
        assertThat(beforeRestart).as("killed mid-stream").isLessThan(PAGES);
        rest.join();
        try (StageProcess second = StageProcess.start("sink", config, dir.resolve("a"), dir.resolve("b.log"))) {
            List<Article> clean = ExactlyOnce.assertEachOnce(
                    kafka,
                    config.topics().articlesClean(),
                    serdes.article().deserializer(),
                    Article::getId,
                    PAGES,
                    WAIT);
            assertThat(clean).extracting(Article::getVersion).containsOnly(1);
            assertThat(second.isAlive())
                    .as("the restarted sink is still running")
                    .isTrue();
            assertStoriesAgreeWith(clean, kafka, config);
            assertThat(kafka.readFor(config.topics().pagesDlq(), Duration.ofSeconds(1)))
                    .as("no dead letters")
                    .isEmpty();
        }
    }

    private void assertEnrichedOnce(KafkaCluster kafka, NewsflowConfig config) {
        ExactlyOnce.assertEachOnce(
                kafka,
                config.topics().articlesEnriched(),
                serdes.article().deserializer(),
                Article::getUrl,
                PAGES,
                WAIT);
        assertThat(kafka.readFor(config.topics().pagesDlq(), Duration.ofSeconds(1)))
                .as("no dead letters")
                .isEmpty();
    }

    /**
     * The last record of each story (the topic is keyed by story id) lists exactly the articles that carry
     * its id: no article in two stories, none missing, no member that never reached articles.clean.
     */
    private void assertStoriesAgreeWith(List<Article> clean, KafkaCluster kafka, NewsflowConfig config) {
        Map<String, Story> latest = new LinkedHashMap<>();
        kafka.readFor(config.topics().stories(), Duration.ofSeconds(3)).forEach(r -> {
            Story s = serdes.story().deserializer().deserialize("t", r.value());
            latest.put(s.getId(), s);
        });
        Map<String, Set<String>> members = clean.stream()
                .collect(Collectors.groupingBy(
                        Article::getStoryId, Collectors.mapping(Article::getId, Collectors.toSet())));
        assertThat(latest.keySet()).as("stories published").isEqualTo(members.keySet());
        members.forEach((story, ids) -> {
            assertThat(latest.get(story).getArticleCount())
                    .as("articles counted in %s", story)
                    .isEqualTo(ids.size());
            assertThat(ids)
                    .as("members of %s", story)
                    .containsAll(latest.get(story).getArticleIds());
            if (ids.size() <= latest.get(story).getArticleIds().size()) {
                assertThat(Set.copyOf(latest.get(story).getArticleIds())).isEqualTo(ids);
            }
        });
    }
}
