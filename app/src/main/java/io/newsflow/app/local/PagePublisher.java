package io.newsflow.app.local;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.kafka.KafkaClients;
import io.newsflow.schema.RawPage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Publishes the pages of a folder to pages.raw, keyed by URL, and waits until the broker has them all. */
public final class PagePublisher {

    private PagePublisher() {
    }

    public static int publishFolder(Path folder, String topic, KafkaSettings kafka, Serializer<RawPage> serializer) {
        List<Path> files = FolderPages.list(folder);
        try (KafkaProducer<String, RawPage> producer = new KafkaProducer<>(KafkaClients.producer(kafka, "newsflow-folder-ingest"),
                new StringSerializer(), serializer)) {
            List<Future<?>> sent = files.stream()
                    .map(f -> FolderPages.read(f, Instant.now()))
                    .<Future<?>>map(page -> producer.send(new ProducerRecord<>(topic, page.getUrl(), page)))
                    .toList();
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + folder, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing " + folder + " to " + topic + " failed: " + e.getCause().getMessage(), e);
        }
        return files.size();
    }
}
