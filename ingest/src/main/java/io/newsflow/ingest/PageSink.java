package io.newsflow.ingest;

import io.newsflow.schema.RawPage;

/** Where sources hand their pages: Kafka's {@code pages.raw} in production, a list in tests. */
@FunctionalInterface
public interface PageSink {

    void accept(RawPage page);
}
