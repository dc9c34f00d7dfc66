package io.newsflow.app.local;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.kafka.KafkaClients;
import io.newsflow.schema.Article;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads committed articles from articles.clean as they arrive. */
public final class CleanArticles implements AutoCloseable {

    private final KafkaConsumer<String, Article> consumer;

    public CleanArticles(KafkaSettings kafka, String topic, Deserializer<Article> deserializer) {
        this.consumer = new KafkaConsumer<>(KafkaClients.readCommitted(kafka, "newsflow-local-reader-" + UUID.randomUUID()),
                new StringDeserializer(), deserializer);
        this.consumer.subscribe(List.of(topic));
    }

    /** Polls once and hands each article to the callback; returns how many arrived. */
    public int poll(Duration wait, Consumer<Article> each) {
        int[] n = {0};
        consumer.poll(wait).forEach(r -> {
            n[0]++;
            each.accept(r.value());
        });
        return n[0];
    }

    @Override
    public void close() {
        consumer.close();
    }
}
