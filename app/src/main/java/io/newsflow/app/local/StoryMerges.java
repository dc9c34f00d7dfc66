package io.newsflow.app.local;

import io.newsflow.app.kafka.CommittedReader;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.Article;
import io.newsflow.schema.Story;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What a consumer of the stories topic learns of merges: a story published with {@code mergedInto} was folded
 * into that one, so articles emitted with its id belong to the other. {@code newsflow local} applies them to
 * the articles it writes, so its output shows the stories as they stand at the end of the run.
 */
public final class StoryMerges {

    /** Longest chain followed (a story folded into one that was folded in turn, ...). */
    private static final int MAX_HOPS = 64;

    private final Map<String, String> into = new HashMap<>();

    /**
     * Reads the committed stories topic until it stays quiet: call once every clean article is read, since the
     * sink commits a story change in the same transaction as the article that caused it.
     */
    public static StoryMerges read(KafkaSettings kafka, String topic, Deserializer<Story> values, Duration timeout) {
        StoryMerges merges = new StoryMerges();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (CommittedReader<Story> reader = new CommittedReader<>(kafka, topic, values, "newsflow-local-stories-")) {
            int quiet = 0;
            while (quiet < 2 && System.nanoTime() < deadline) {
                int n = reader.poll(Duration.ofMillis(500), merges::add);
                quiet = n == 0 && reader.assigned() ? quiet + 1 : 0;
            }
        }
        return merges;
    }

    public void add(Story s) {
        if (s.getMergedInto() != null) {
            into.put(s.getId(), s.getMergedInto());
        }
    }

    public int size() {
        return into.size();
    }

    /** The live story an article of story {@code id} belongs to. */
    public String resolve(String id) {
        String at = id;
        for (int hop = 0; hop < MAX_HOPS && at != null && into.containsKey(at); hop++) {
            at = into.get(at);
        }
        return at;
    }

    /** The articles with their story ids resolved. */
    public List<Article> apply(List<Article> articles) {
        if (into.isEmpty()) {
            return articles;
        }
        return articles.stream()
                .map(a -> a.getStoryId() == null || !into.containsKey(a.getStoryId())
                        ? a
                        : Article.newBuilder(a)
                                .setStoryId(resolve(a.getStoryId()))
                                .build())
                .toList();
    }
}
