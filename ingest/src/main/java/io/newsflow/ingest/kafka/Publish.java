package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.SourceException;
import io.newsflow.ingest.source.WarcSource;
import io.newsflow.kafka.KafkaSettings;
import java.nio.file.Path;

/**
 * Entry points for replaying stored pages into {@code pages.raw}: each publishes everything, waits
 * until the broker has it, and returns the count. {@code pages.raw} must exist (the stage creates it).
 *
 * <pre>{@code
 * long n = Publish.folder(config, kafka, Path.of("samples/"));
 * long m = Publish.warc(config, kafka, Path.of("crawl.warc.gz"));
 * }</pre>
 */
public final class Publish {

    private Publish() {}

    /** Publishes the .html/.htm/.txt(.gz) files under {@code folder}; see {@link FolderSource}. */
    public static long folder(CrawlerConfig config, KafkaSettings kafka, Path folder) throws SourceException {
        try (PagePublisher publisher = new PagePublisher(kafka, config.pagesTopic())) {
            return new FolderSource(config.maxBodyBytes()).publishAll(folder, publisher);
        }
    }

    /** Publishes the HTTP responses stored in {@code warc}; see {@link WarcSource}. */
    public static long warc(CrawlerConfig config, KafkaSettings kafka, Path warc) throws SourceException {
        try (PagePublisher publisher = new PagePublisher(kafka, config.pagesTopic())) {
            return new WarcSource(config.maxBodyBytes()).publishAll(warc, publisher);
        }
    }
}
