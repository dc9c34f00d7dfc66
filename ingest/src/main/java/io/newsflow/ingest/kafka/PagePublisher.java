package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.PageSink;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes RawPage records to {@code pages.raw}, key = URL, with an idempotent acks=all producer. For
 * sources that replay stored pages (folders, WARC files); the crawler writes pages inside its own
 * transactions instead. {@link #close} flushes and throws if any send failed, so a count returned
 * after close is a count of pages the broker has.
 */
public final class PagePublisher implements PageSink, AutoCloseable {

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Serializer<RawPage> serializer;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public PagePublisher(CrawlerConfig config) {
        this(config, AvroSerdes.registryFree());
    }

    public PagePublisher(CrawlerConfig config, AvroSerdes serdes) {
        this.topic = config.pagesTopic();
        this.producer = KafkaClients.producer(config, "newsflow-page-publisher", null);
        this.serializer = serdes.rawPage().serializer();
    }

    @Override
    public void accept(RawPage page) {
        Exception earlier = failure.get();
        if (earlier != null) {
            throw new IllegalStateException(
                    "publishing to " + topic + " failed earlier: " + earlier.getMessage(), earlier);
        }
        producer.send(new ProducerRecord<>(topic, page.getUrl(), serializer.serialize(topic, page)), (meta, e) -> {
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
            throw new IllegalStateException("publishing to " + topic + " failed: " + e.getMessage(), e);
        }
    }
}
