package io.newsflow.sink.stream;

import io.newsflow.schema.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * The hand-off partition of a versioned article, by its language, so that dedup and story grouping run in as
 * many tasks as the hand-off topic has partitions. A copy has its original's language and so meets it in one
 * store; a story is kept within its language. With one partition (the default) every article meets every other.
 *
 * <p>Languages are dealt out in turn in the configured order, the stream's largest first (by default the web's:
 * two partitions put English and Spanish apart, three English, Spanish and German); a language not listed goes
 * by its code's hash. One language never spans partitions: a stream that is mostly one language gains
 * nothing from more (README, "Sink partitioning").
 */
public final class LanguagePartition implements StreamPartitioner<String, Article> {

    /** Largest share of the web's news first (rough shares): the default order. */
    public static final List<String> BY_VOLUME = List.of(
            "en", "es", "de", "fr", "pt", "ru", "it", "ja", "zh", "ar", "tr", "pl", "nl", "ko", "uk", "sv", "cs", "da",
            "fi", "nb");

    private final List<String> order;

    /** @param order languages in the order they are dealt to partitions, the stream's largest first */
    public LanguagePartition(List<String> order) {
        this.order = List.copyOf(order);
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, Article value, Headers headers, int partitions) {
        return Optional.of(Set.of(of(value == null ? null : value.getLanguage(), partitions)));
    }

    /** Kafka 4.4 calls the variant with headers; this is the interface's old abstract method. */
    @Override
    @SuppressWarnings("removal")
    public Optional<Set<Integer>> partitions(String topic, String key, Article value, int partitions) {
        return partitions(topic, key, value, null, partitions);
    }

    /** The partition of a language (null or unknown: "und") among {@code partitions}. */
    int of(String language, int partitions) {
        if (partitions <= 1) {
            return 0;
        }
        String lang = language == null ? "und" : language;
        int rank = order.indexOf(lang);
        return rank >= 0
                ? rank % partitions
                : Utils.toPositive(Utils.murmur2(lang.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
