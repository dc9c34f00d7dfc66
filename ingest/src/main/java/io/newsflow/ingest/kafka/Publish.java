package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.SourceException;
import io.newsflow.ingest.source.WarcSource;
import java.nio.file.Path;

/**
 * Entry points for replaying stored pages into {@code pages.raw}: each publishes everything, waits
 * until the broker has it, and returns the count.
 *
 * <pre>{@code
 * long n = Publish.folder(config, Path.of("samples/"));
 * long m = Publish.warc(config, Path.of("crawl.warc.gz"));
 * }</pre>
 */
public final class Publish {

    private Publish() {}

    /** Publishes the .html/.htm/.txt(.gz) files under {@code folder}; see {@link FolderSource}. */
    public static long folder(CrawlerConfig config, Path folder) throws SourceException {
        TopicSetup.ensure(config);
        try (PagePublisher publisher = new PagePublisher(config)) {
            return new FolderSource(config.maxBodyBytes()).publishAll(folder, publisher);
        }
    }

    /** Publishes the HTTP responses stored in {@code warc}; see {@link WarcSource}. */
    public static long warc(CrawlerConfig config, Path warc) throws SourceException {
        TopicSetup.ensure(config);
        try (PagePublisher publisher = new PagePublisher(config)) {
            return new WarcSource(config.maxBodyBytes()).publishAll(warc, publisher);
        }
    }
}
