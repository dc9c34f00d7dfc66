package io.newsflow.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.RunIsolation;
import io.newsflow.app.config.Settings;
import io.newsflow.testkit.KafkaBrokerExtension;
import io.newsflow.testkit.KafkaCluster;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sink's hand-off topic is created with the configured partition count, and a later start with another
 * count is refused: its partitions decide which task holds which language's dedup and story state.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TopicPlanIT {

    private static NewsflowConfig config(KafkaCluster kafka, String run, int handOffPartitions) {
        Map<String, String> settings = new HashMap<>(RunIsolation.overrides(run));
        settings.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        settings.put("topics.sink.handoff.partitions", Integer.toString(handOffPartitions));
        return NewsflowConfig.from(Settings.load(null, Map.of(), settings));
    }

    @Test
    void theHandOffKeepsTheCountItWasCreatedWith(KafkaCluster kafka) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewsflowConfig three = config(kafka, run, 3);
        TopicPlan.ensure(three.kafka(), three.topics());
        String handOff = three.topics().sinkHandOff();
        try (Admin admin = kafka.admin()) {
            assertThat(admin.describeTopics(List.of(handOff))
                            .allTopicNames()
                            .get()
                            .get(handOff)
                            .partitions())
                    .hasSize(3);
        }

        NewsflowConfig two = config(kafka, run, 2);
        assertThatThrownBy(() -> TopicPlan.ensure(two.kafka(), two.topics()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("topic " + handOff + " has 3 partitions, the configuration asks for 2")
                .hasMessageContaining("new application id");

        TopicPlan.ensure(three.kafka(), three.topics()); // the same count starts as before
    }
}
