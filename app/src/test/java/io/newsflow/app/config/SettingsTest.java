package io.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.kafka.KafkaSettings;
import io.newsflow.sink.stories.StorySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void defaultsCoverEveryTypedSetting() {
        NewsflowConfig c = NewsflowConfig.from(Settings.defaultsOnly());
        assertThat(c.kafka().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(c.kafka().registryUrl()).isNull();
        assertThat(c.topics().articlesLatest()).isEqualTo("articles.latest");
        assertThat(c.enrich().applicationId()).isEqualTo("newsflow-enrich");
        assertThat(c.enrich().stateDir()).doesNotContain("${");
        assertThat(c.sinkSettings().versionRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theSinksVersionRetentionIsSetInDaysAndMayNotUndercutItsWindows() {
        Settings month = Settings.load(null, Map.of("NEWSFLOW_SINK_VERSION_RETENTION_DAYS", "90"), Map.of());
        assertThat(NewsflowConfig.from(month).sinkSettings().versionRetention()).isEqualTo(Duration.ofDays(90));
        Settings tooShort = Settings.load(null, Map.of(), Map.of("sink.version.retention.days", "2"));
        assertThatThrownBy(() -> NewsflowConfig.from(tooShort).sinkSettings())
                .hasMessageContaining("sink.version.retention.days");
    }

    @Test
    void storyGroupingIsSetInTheDefaultsFileAndMayBeOverridden() {
        assertThat(NewsflowConfig.from(Settings.defaultsOnly()).sinkSettings().stories())
                .as("the defaults file and StorySettings.defaults() agree")
                .isEqualTo(StorySettings.defaults());
        Settings tuned = Settings.load(
                null,
                Map.of("NEWSFLOW_SINK_STORIES_FULL_TERMS", "0"),
                Map.of("sink.stories.threshold", "0.2", "sink.stories.half.life.hours", "12"));
        StorySettings stories = NewsflowConfig.from(tuned).sinkSettings().stories();
        assertThat(stories.threshold()).isEqualTo(0.2);
        assertThat(stories.fullTerms()).isZero();
        assertThat(stories.halfLife()).isEqualTo(Duration.ofHours(12));
        assertThat(stories.window()).isEqualTo(Duration.ofDays(5));
        Settings bad = Settings.load(null, Map.of(), Map.of("sink.stories.threshold", "1.5"));
        assertThatThrownBy(() -> NewsflowConfig.from(bad)).hasMessageContaining("sink.stories.threshold");
        Settings word = Settings.load(null, Map.of(), Map.of("sink.stories.threshold", "high"));
        assertThatThrownBy(() -> NewsflowConfig.from(word)).hasMessageContaining("must be a number");
    }

    @Test
    void environmentBeatsTheFileAndFlagsBeatTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "topics.partitions=4\nkafka.bootstrap.servers=file:9092\n");
        Settings s = Settings.load(
                file,
                Map.of("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "NEWSFLOW_TOPICS_PARTITIONS", "6"),
                Map.of("topics.partitions", "8"));
        assertThat(s.get("kafka.bootstrap.servers")).isEqualTo("env:9092");
        assertThat(s.getInt("topics.partitions")).isEqualTo(8);
    }

    @Test
    void kafkaClientSettingsPassThroughFromTheEnvironmentWithSecretsMasked() {
        Settings s = Settings.load(
                null,
                Map.of(
                        "NEWSFLOW_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL",
                        "NEWSFLOW_KAFKA_CLIENT_SASL_JAAS_CONFIG",
                                "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"hunter2\";",
                        "UNRELATED", "x"),
                Map.of());
        KafkaSettings k = NewsflowConfig.kafka(s);
        assertThat(k.client()).containsEntry("security.protocol", "SASL_SSL").containsKey("sasl.jaas.config");
        assertThat(k.describe()).contains("security.protocol=SASL_SSL").doesNotContain("hunter2");
        assertThat(NewsflowConfig.from(s).kafka().client())
                .as("one KafkaSettings for every stage: the crawler's clients are made from it too")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void aBadNumberSaysWhichSettingAndWhichVariable() {
        Settings s = Settings.load(null, Map.of("NEWSFLOW_TOPICS_PARTITIONS", "many"), Map.of());
        assertThatThrownBy(() -> s.getInt("topics.partitions"))
                .hasMessageContaining("topics.partitions")
                .hasMessageContaining("many");
        assertThat(Settings.envName("topics.pages.raw")).isEqualTo("NEWSFLOW_TOPICS_PAGES_RAW");
    }
}
