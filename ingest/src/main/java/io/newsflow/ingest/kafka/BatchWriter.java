package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.url.PolitenessKey;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.Topic;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/** Writes one batch of crawl results and the frontier offsets they free as one Kafka transaction. */
final class BatchWriter {

    private final CrawlerConfig config;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final PolitenessKey keys;
    private final Topic<String, RawPage> pages;
    private final PageFitter fitter;
    private long published;

    BatchWriter(
            CrawlerConfig config,
            Topic<String, RawPage> pages,
            KafkaProducer<String, byte[]> producer,
            KafkaConsumer<String, byte[]> consumer,
            PolitenessKey keys,
            int pagesTopicLimit) {
        this.config = config;
        this.pages = pages;
        this.producer = producer;
        this.consumer = consumer;
        this.keys = keys;
        this.fitter = new PageFitter(pagesTopicLimit, pages::encode);
    }

    void write(
            List<CrawlLoop.Completed> batch,
            Map<TopicPartition, OffsetAndMetadata> offsets,
            Predicate<CrawlRequest> alreadyDone) {
        long pagesInBatch = 0;
        producer.beginTransaction();
        try {
            Set<String> queuedNow = new HashSet<>();
            for (CrawlLoop.Completed c : batch) {
                RawPage page = c.result().page();
                byte[] value = page == null ? null : fitter.serialize(page);
                if (value != null) {
                    producer.send(new ProducerRecord<>(pages.name(), page.getUrl(), value));
                    pagesInBatch++;
                }
                if (c.result().history() != null) {
                    producer.send(new ProducerRecord<>(
                            config.historyTopic(),
                            c.result().history().url(),
                            JsonCodec.encode(c.result().history())));
                }
                for (CrawlRequest next : c.result().next()) {
                    // cheap pre-filter; the consuming instance checks history again
                    if (!alreadyDone.test(next) && queuedNow.add(next.url() + "#" + next.attempt())) {
                        producer.send(new ProducerRecord<>(
                                config.frontierTopic(), keys.of(next.url()), JsonCodec.encode(next)));
                    }
                }
            }
            if (!offsets.isEmpty()) {
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            }
            producer.commitTransaction();
            published += pagesInBatch;
        } catch (KafkaException e) {
            abortQuietly();
            throw new IllegalStateException(
                    "crawl batch of " + batch.size() + " results not committed: " + e.getMessage(), e);
        }
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException ignored) {
            // fenced or closed: the transaction is dead either way
        }
    }

    /** The page fitter, for a caller that learns the topic takes smaller records than it did at start. */
    PageFitter fitter() {
        return fitter;
    }

    long pagesPublished() {
        return published;
    }
}
