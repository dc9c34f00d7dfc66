package io.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.Story;
import io.newsflow.schema.Topic;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.sink.route.RoutingRules;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The sink on a real broker, exactly-once: copies collapse, versions advance, routes hold, restarts repeat nothing. */
@ExtendWith(KafkaBrokerExtension.class)
class SinkIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String WIRE =
            "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, "
                    + "the fourth increase this year, saying inflation in services remained too high and the labour market too tight. "
                    + "The governor told reporters that further increases could not be ruled out if wage growth stayed strong, "
                    + "while two members of the rate-setting committee voted to keep borrowing costs unchanged.";
    private static final String QUAKE =
            "A magnitude 7.0 earthquake struck off the coast of Aomori in northern Japan on Monday, "
                    + "shaking buildings in Sapporo and halting bullet trains, and the weather agency issued a tsunami advisory for the "
                    + "Pacific coast that it lifted two hours later. Dozens of people were hurt, mostly by falling objects.";

    private static final String SISMO =
            "Un terremoto de magnitud 7,0 sacudió el lunes la costa de Aomori, en el norte de Japón, hizo temblar "
                    + "edificios en Sapporo y detuvo los trenes de alta velocidad, y la agencia meteorológica emitió una "
                    + "alerta de tsunami para la costa del Pacífico que levantó dos horas después. Decenas de personas "
                    + "resultaron heridas, sobre todo por la caída de objetos.";

    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private final List<KafkaStreams> running = new ArrayList<>();
    private SinkSettings settings;
    private String politics;

    @BeforeEach
    void topics(KafkaCluster kafka) {
        String prefix = kafka.uniqueName("articles.topic") + ".";
        settings = new SinkSettings(
                        kafka.uniqueName("articles.enriched"),
                        kafka.uniqueName("articles.clean"),
                        kafka.uniqueName("articles.latest"),
                        kafka.uniqueName("pages.dlq"))
                .withStoriesTopic(kafka.uniqueName("stories"))
                .withHandOffTopic(kafka.uniqueName("sink.articles.versioned"))
                .withRouting(new RoutingRules(prefix, Set.of("medtop:11000000"), null, Set.of()));
        politics = settings.routing().topics().get(0);
        List<String> all = new ArrayList<>(List.of(
                settings.enrichedTopic(), settings.cleanTopic(), settings.latestTopic(), settings.deadLetters()));
        all.addAll(settings.extraOutputTopics());
        all.remove(settings.handOffTopic());
        kafka.createTopics(2, all.toArray(String[]::new));
        kafka.createTopics(1, settings.handOffTopic());
        all.add(settings.handOffTopic());
        awaitLeaders(kafka, all);
    }

    /** A topic just created may not be in the broker's metadata yet; Streams stops on a missing source topic. */
    private static void awaitLeaders(KafkaCluster kafka, List<String> topics) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (Admin admin = kafka.admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    Map<String, TopicDescription> d =
                            admin.describeTopics(topics).allTopicNames().get();
                    if (d.size() == topics.size()
                            && d.values().stream()
                                    .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null))) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // not there yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("topics never got leaders: " + topics);
    }

    @AfterEach
    void stop() {
        running.forEach(SinkIT::close);
    }

    private KafkaStreams start(KafkaCluster kafka, String appId, Path stateDir) {
        return start(kafka, appId, stateDir, 1);
    }

    private KafkaStreams start(KafkaCluster kafka, String appId, Path stateDir, int threads) {
        Properties p = new Properties();
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        KafkaStreams streams =
                new KafkaStreams(SinkTopology.build(settings, serdes, new SimpleMeterRegistry(), Clock.systemUTC()), p);
        streams.start();
        running.add(streams);
        return streams;
    }

    /** Stops an instance and leaves the group, so that the next one takes over without waiting for a timeout. */
    private static void close(KafkaStreams streams) {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }

    private void send(KafkaCluster kafka, Article a) {
        kafka.send(
                settings.enrichedTopic(),
                a.getId().getBytes(StandardCharsets.UTF_8),
                serdes.article().serializer().serialize("t", a));
    }

    private static Article article(String id, String text) {
        return article(id, text, "en");
    }

    private static Article article(String id, String text, String language) {
        return Article.newBuilder()
                .setId(id)
                .setLanguage(language)
                .setUrl("https://" + id + ".example/news")
                .setSite(id + ".example")
                .setTitle("Headline of " + id)
                .setText(text)
                .setContentHash(Integer.toHexString(text.hashCode()))
                .setTopics(List.of(new Topic("medtop:11000000", "politics", 0.9, List.of())))
                .build();
    }

    private List<Article> read(KafkaCluster kafka, String topic, int atLeast) {
        return kafka.readAtLeast(topic, atLeast, WAIT).stream()
                .map(r -> serdes.article().deserializer().deserialize("t", r.value()))
                .toList();
    }

    /** Everything on a topic after a quiet moment, to see records that should not be there. */
    private List<Article> readAll(KafkaCluster kafka, String topic) {
        return kafka.readFor(topic, Duration.ofSeconds(5)).stream()
                .map(r -> serdes.article().deserializer().deserialize("t", r.value()))
                .toList();
    }

    @Test
    void copiesCollapseVersionsAdvanceAndRoutesHold(KafkaCluster kafka, @TempDir Path state) {
        start(kafka, kafka.uniqueName("sink"), state);
        send(kafka, article("wire", WIRE));
        send(kafka, article("paper", "Advertisement. " + WIRE + " Share this article."));
        send(kafka, article("wire", WIRE + " Updated with the governor's remarks."));
        send(kafka, article("quake", QUAKE));

        List<Article> clean = read(kafka, settings.cleanTopic(), 3);
        assertThat(clean)
                .extracting(a -> a.getId() + " v" + a.getVersion())
                .containsExactlyInAnyOrder("wire v1", "wire v2", "quake v1");
        assertThat(read(kafka, politics, 3)).hasSize(3);
        List<Article> latest = read(kafka, settings.latestTopic(), 6);
        assertThat(latest)
                .filteredOn(a -> a.getId().equals("paper"))
                .singleElement()
                .satisfies(a -> assertThat(a.getDuplicateOf()).isEqualTo("wire"));
        assertThat(latest)
                .filteredOn(a -> a.getId().equals("wire"))
                .last()
                .satisfies(a -> assertThat(a.getSources()).contains("https://paper.example/news"));
        List<Story> stories = kafka.readAtLeast(settings.storiesTopic(), 2, WAIT).stream()
                .map(r -> serdes.story().deserializer().deserialize("t", r.value()))
                .toList();
        assertThat(stories).extracting(Story::getId).containsExactlyInAnyOrder("story-wire", "story-quake");
    }

    @Test
    void aRestartMidStreamEmitsNothingTwice(KafkaCluster kafka, @TempDir Path state) {
        String appId = kafka.uniqueName("sink");
        KafkaStreams first = start(kafka, appId, state);
        send(kafka, article("wire", WIRE));
        send(kafka, article("paper", WIRE + " Extra line from the paper."));
        assertThat(read(kafka, settings.cleanTopic(), 1)).hasSize(1);
        close(first);
        running.remove(first);

        // While the sink is down: re-deliveries of what it handled, another copy, and something new.
        send(kafka, article("wire", WIRE));
        send(kafka, article("paper", WIRE + " Extra line from the paper."));
        send(kafka, article("radio", "Breaking: " + WIRE));
        send(kafka, article("quake", QUAKE));
        start(kafka, appId, state);

        List<Article> clean = read(kafka, settings.cleanTopic(), 2);
        clean = readAll(kafka, settings.cleanTopic());
        assertThat(clean).extracting(Article::getId).containsExactlyInAnyOrder("wire", "quake");
        List<Article> latest = readAll(kafka, settings.latestTopic());
        assertThat(latest).filteredOn(a -> a.getId().equals("paper")).hasSize(1);
        assertThat(latest)
                .filteredOn(a -> a.getId().equals("radio"))
                .singleElement()
                .satisfies(a -> assertThat(a.getDuplicateOf()).isEqualTo("wire"));
    }

    @Test
    void aNewInstanceWithAnEmptyStateDirRecoversTheStoresFromTheirChangelogs(
            KafkaCluster kafka, @TempDir Path first, @TempDir Path second) {
        String appId = kafka.uniqueName("sink");
        KafkaStreams one = start(kafka, appId, first);
        send(kafka, article("wire", WIRE));
        assertThat(read(kafka, settings.cleanTopic(), 1)).hasSize(1);
        close(one);
        running.remove(one);

        start(kafka, appId, second);
        send(kafka, article("paper", "Advertisement. " + WIRE));
        send(kafka, article("wire", WIRE));
        List<Article> latest = read(kafka, settings.latestTopic(), 3);
        assertThat(latest)
                .filteredOn(a -> a.getId().equals("paper"))
                .singleElement()
                .satisfies(a -> assertThat(a.getDuplicateOf()).isEqualTo("wire"));
        assertThat(readAll(kafka, settings.cleanTopic()))
                .extracting(Article::getId)
                .containsExactly("wire");
    }

    @Test
    void aHandOffOfTwoPartitionsDedupsAndGroupsEachLanguageInItsOwnTask(KafkaCluster kafka, @TempDir Path state) {
        settings = settings.withHandOffTopic(kafka.uniqueName("sink.articles.versioned"));
        kafka.createTopics(2, settings.handOffTopic());
        awaitLeaders(kafka, List.of(settings.handOffTopic()));
        start(kafka, kafka.uniqueName("sink"), state, 2);
        send(kafka, article("wire", WIRE, "en"));
        send(kafka, article("agencia", SISMO, "es"));
        send(kafka, article("paper", "Advertisement. " + WIRE, "en"));
        send(kafka, article("diario", "Publicidad. " + SISMO, "es"));

        assertThat(read(kafka, settings.cleanTopic(), 2))
                .extracting(Article::getId)
                .containsExactlyInAnyOrder("wire", "agencia");
        List<Article> latest = read(kafka, settings.latestTopic(), 6);
        assertThat(latest)
                .filteredOn(a -> a.getDuplicateOf() != null)
                .extracting(a -> a.getId() + " -> " + a.getDuplicateOf())
                .containsExactlyInAnyOrder("paper -> wire", "diario -> agencia");
        assertThat(kafka.readAtLeast(settings.handOffTopic(), 4, WAIT))
                .extracting(r -> new String(r.key(), StandardCharsets.UTF_8) + "@" + r.partition())
                .containsExactlyInAnyOrder("wire@0", "paper@0", "agencia@1", "diario@1");
        List<Story> stories = kafka.readAtLeast(settings.storiesTopic(), 2, WAIT).stream()
                .map(r -> serdes.story().deserializer().deserialize("t", r.value()))
                .toList();
        assertThat(stories).extracting(Story::getId).containsExactlyInAnyOrder("story-wire", "story-agencia");
    }
}
