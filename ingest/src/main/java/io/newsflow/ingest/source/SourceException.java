package io.newsflow.ingest.source;

/** A feed, sitemap, WARC or file that could not be read; the message names it and says why. */
public final class SourceException extends Exception {

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
