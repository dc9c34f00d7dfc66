package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.StreamsStage;
import io.newsflow.app.kafka.TopicPlan;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link HostileCorpus}: records that are not pages, regex bait, huge and deep pages,
 * lying encodings, junk that looks like text), good pages interleaved, through the real enrich stage on a
 * real broker: every input ends as exactly one article or one dead letter, every good page comes out, no
 * page holds the stream longer than 10 s. Prints the figures the README quotes.
 */
@ExtendWith(KafkaBrokerExtension.class)
class HostileInputIT {

    private final AvroSerdes serdes = AvroSerdes.registryFree();

    @Test
    void everyHostileRecordEndsAsExactlyOneArticleOrDeadLetterAndEveryGoodPageComesOut(
            KafkaCluster kafka, @TempDir Path state) throws Exception {
        NewsflowConfig config = IsolatedConfig.on(kafka.bootstrapServers(), state);
        TopicPlan.ensure(config.kafka(), config.topics());
        Map<String, byte[]> cases = HostileCorpus.build();
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        Map<String, List<Article>> articles = new TreeMap<>();
        Map<String, List<DeadLetter>> dead = new TreeMap<>();
        long t0 = System.nanoTime();
        try (StreamsStage enrich = Stages.enrich(config, metrics).start()) {
            for (Map.Entry<String, byte[]> c : cases.entrySet()) {
                kafka.send(config.topics().pagesRaw(), c.getKey().getBytes(StandardCharsets.UTF_8), c.getValue());
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            while (articles.size() + dead.size() < cases.size() && System.nanoTime() < deadline) {
                articles.clear();
                dead.clear();
                kafka.readFor(config.topics().articlesEnriched(), Duration.ofSeconds(3))
                        .forEach(r -> {
                            Article a = serdes.article().deserializer().deserialize("t", r.value());
                            articles.computeIfAbsent(
                                            a.getUrl().substring(HostileCorpus.URL.length()), k -> new ArrayList<>())
                                    .add(a);
                        });
                kafka.readFor(config.topics().pagesDlq(), Duration.ofSeconds(2)).forEach(r -> {
                    DeadLetter d = serdes.deadLetter().deserializer().deserialize("t", r.value());
                    dead.computeIfAbsent(
                                    new String(d.getOriginalKey().array(), StandardCharsets.UTF_8),
                                    k -> new ArrayList<>())
                            .add(d);
                });
            }
            Timer extract = metrics.find("newsflow.enrich.extract").timer();
            report(cases, articles, dead, extract, (System.nanoTime() - t0) / 1e9);

            Map<String, Integer> outcomes = new HashMap<>();
            articles.forEach((k, v) -> outcomes.merge(k, v.size(), Integer::sum));
            dead.forEach((k, v) -> outcomes.merge(k, v.size(), Integer::sum));
            assertThat(cases.size()).as("cases").isGreaterThanOrEqualTo(90);
            assertThat(cases.keySet().stream()
                            .filter(k -> !HostileCorpus.isGood(k))
                            .count())
                    .as("hostile cases")
                    .isGreaterThanOrEqualTo(60);
            assertThat(outcomes.keySet())
                    .as("every case accounted for")
                    .containsExactlyInAnyOrderElementsOf(cases.keySet());
            assertThat(outcomes)
                    .as("exactly one outcome per case")
                    .allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
            assertThat(articles.keySet())
                    .as("good pages and pages in odd but valid encodings become articles")
                    .containsAll(cases.keySet().stream()
                            .filter(HostileCorpus::isGood)
                            .toList())
                    .contains(
                            "utf32le-bom",
                            "utf32be-bom",
                            "utf32le-no-bom",
                            "utf16le-no-bom",
                            "utf16be-no-bom",
                            "xml-prolog-utf32",
                            "ebcdic-meta",
                            "nul-in-text",
                            "bidi-title",
                            "huge-lang",
                            "title-separators",
                            "oversized-article",
                            "cjk-article");
            assertThat(dead.keySet())
                    .as("junk and records that are not pages")
                    .contains(
                            "not-avro",
                            "wrong-schema",
                            "truncated-avro",
                            "empty-record",
                            "corrupt-gzip-file",
                            "whitespace-only",
                            "nbsp-plain-text",
                            "token-10mb",
                            "replacement-flood",
                            "emoji-only",
                            "digits-only",
                            "random-body",
                            "png-body");
            assertThat(dead.get("corrupt-gzip-file").get(0).getErrorKind()).isEqualTo("unreadable-file");
            Article bidi = articles.get("bidi-title").get(0);
            assertThat(bidi.getTitle()).isEqualTo("Council approves sea wall");
            assertThat(articles.get("nul-in-text").get(0).getText()).doesNotContain("\u0000");
            assertThat(articles.get("xml-prolog-utf32").get(0).getText()).doesNotContain("\ufffd");
            assertThat(articles.values().stream().flatMap(List::stream))
                    .allSatisfy(a -> assertThat(a.getText()).doesNotContain("\u0000", "\u202e"));
            assertThat(dead.values().stream().flatMap(List::stream))
                    .allSatisfy(d -> assertThat(d.getMessage()).isNotBlank());
            assertThat(extract.max(TimeUnit.SECONDS))
                    .as("slowest page, seconds")
                    .isLessThan(10);
            assertThat(enrich.isRunning()).isTrue();
        }
    }

    private static void report(
            Map<String, byte[]> cases,
            Map<String, List<Article>> articles,
            Map<String, List<DeadLetter>> dead,
            Timer extract,
            double seconds) {
        long hostile =
                cases.keySet().stream().filter(k -> !HostileCorpus.isGood(k)).count();
        Map<String, Long> byReason = dead.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.groupingBy(DeadLetter::getErrorKind, TreeMap::new, Collectors.counting()));
        System.out.printf(
                "hostile corpus: %d cases (%d hostile, %d good), %d articles, %d dead letters, %d lost; slowest page"
                        + " %.0f ms; %.0f s in all%n",
                cases.size(),
                hostile,
                cases.size() - hostile,
                articles.size(),
                dead.size(),
                cases.size() - articles.size() - dead.size(),
                extract == null ? 0 : extract.max(TimeUnit.MILLISECONDS),
                seconds);
        System.out.println("  dead letters by reason: " + byReason);
        dead.forEach((k, v) -> {
            String why = v.get(0).getErrorKind() + ": " + v.get(0).getMessage();
            System.out.printf("  dead letter %-24s %s%n", k, why.length() > 100 ? why.substring(0, 100) : why);
        });
        articles.forEach((k, v) -> {
            if (!HostileCorpus.isGood(k)) {
                Article a = v.get(0);
                System.out.printf(
                        "  article     %-24s %d words%s%n",
                        k, a.getWordCount(), a.getRemoved().containsKey("cut-to-size") ? ", cut to size" : "");
            }
        });
    }
}
