package io.newsflow.app.bench;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.PagePublisher;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.SourceException;
import io.newsflow.kafka.KafkaSettings;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Publishes the first {@code limit} pages of a folder to pages.raw the way newsflow local does (same
 * folder source, same publisher), except that each page is stamped as fetched the moment it is handed
 * to Kafka: a file's modification time would make fetch-to-sink latency meaningless.
 */
final class PageFeed {

    /** What went in: pages the broker acknowledged, their body bytes, and when the first was handed over. */
    record Fed(long pages, long bodyBytes, long firstSendNanos) {}

    private PageFeed() {}

    static Fed publish(CrawlerConfig config, KafkaSettings kafka, Path folder, int limit, Clock clock)
            throws SourceException {
        long[] pages = {0};
        long[] bytes = {0};
        long[] first = {0};
        try (PagePublisher publisher = new PagePublisher(kafka, config.pagesTopic())) {
            // The folder source reads every file; pages past the limit are simply not sent.
            new FolderSource(config.maxBodyBytes()).publishAll(folder, page -> {
                if (pages[0] < limit) {
                    if (pages[0] == 0) {
                        first[0] = System.nanoTime(); // the clock starts here, not while the producer connects
                    }
                    page.setFetchedAt(clock.instant());
                    publisher.accept(page);
                    pages[0]++;
                    bytes[0] += page.getBody().remaining();
                }
            });
        } // close() flushes and throws if any send failed, so the counts are pages the broker has
        return new Fed(pages[0], bytes[0], first[0]);
    }
}
