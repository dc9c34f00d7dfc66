package io.newsflow.ingest.kafka;

import io.newsflow.ingest.PageSink;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.Topic;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes RawPage records to {@code pages.raw}, key = URL, in the topic's wire format (the registry's when one is
 * configured), with an idempotent acks=all producer. For sources that replay stored pages (folders, WARC
 * files); the crawler writes pages inside its own transactions instead. {@link #close} flushes and throws if any
 * send failed, so a count returned after close is a count of pages the broker has.
 */
public final class PagePublisher implements PageSink, AutoCloseable {

    private final Topic<String, RawPage> pages;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public PagePublisher(KafkaSettings kafka, String pagesTopic) {
        this.pages = Topic.keyedByString(pagesTopic, kafka.serdes().rawPage());
        this.producer = KafkaClients.producer(kafka, "newsflow-page-publisher", null);
    }

    @Override
    public void accept(RawPage page) {
        Exception earlier = failure.get();
        if (earlier != null) {
            throw new IllegalStateException(
                    "publishing to " + pages.name() + " failed earlier: " + earlier.getMessage(), earlier);
        }
        producer.send(new ProducerRecord<>(pages.name(), page.getUrl(), pages.encode(page)), (meta, e) -> {
            if (e != null) failure.compareAndSet(null, e);
            else sent.incrementAndGet();
        });
    }

    /** Pages the broker has acknowledged so far. */
    public long acknowledged() {
        return sent.get();
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("publishing to " + pages.name() + " failed: " + e.getMessage(), e);
        }
    }
}
