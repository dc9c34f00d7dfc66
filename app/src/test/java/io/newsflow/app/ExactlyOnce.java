package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.testkit.KafkaCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Deserializer;

/** What the fault tests check downstream: every expected record arrived (read_committed), none twice. */
final class ExactlyOnce {

    private ExactlyOnce() {}

    /** Waits until a stage got going: at least {@code count} records on the topic. */
    static void awaitAtLeast(KafkaCluster kafka, String topic, int count, Duration timeout) {
        assertThat(kafka.readAtLeast(topic, count, timeout))
                .as("records on %s: the stage got going", topic)
                .hasSizeGreaterThanOrEqualTo(count);
    }

    /**
     * Waits for {@code expected} records, reads a quiet moment more (so a late duplicate would be seen),
     * and checks that each of {@code expected} ids is there exactly once. Returns the records.
     */
    static <T> List<T> assertEachOnce(
            KafkaCluster kafka,
            String topic,
            Deserializer<T> values,
            Function<T, String> idOf,
            int expected,
            Duration timeout) {
        kafka.readAtLeast(topic, expected, timeout);
        List<T> records = kafka.readFor(topic, Duration.ofSeconds(5)).stream()
                .map(r -> values.deserialize(topic, r.value()))
                .toList();
        Map<String, Long> perId = records.stream().collect(Collectors.groupingBy(idOf, Collectors.counting()));
        assertThat(perId).as("distinct ids on %s", topic).hasSize(expected);
        assertThat(perId.entrySet().stream()
                        .filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList())
                .as("ids on %s more than once", topic)
                .isEmpty();
        assertThat(records).hasSize(expected);
        return records;
    }
}
