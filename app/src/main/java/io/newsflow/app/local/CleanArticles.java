package io.newsflow.app.local;

import io.newsflow.app.kafka.CommittedReader;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.Article;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads committed articles from articles.clean as they arrive. */
public final class CleanArticles implements AutoCloseable {

    private final CommittedReader<Article> reader;

    public CleanArticles(KafkaSettings kafka, String topic, Deserializer<Article> deserializer) {
        this.reader = new CommittedReader<>(kafka, topic, deserializer, "newsflow-local-reader-");
    }

    /** Polls once and hands each article to the callback; returns how many arrived. */
    public int poll(Duration wait, Consumer<Article> each) {
        return reader.poll(wait, each);
    }

    @Override
    public void close() {
        reader.close();
    }
}
