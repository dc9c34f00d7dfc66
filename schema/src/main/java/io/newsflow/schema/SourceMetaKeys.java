package io.newsflow.schema;

/** Keys of {@code RawPage.sourceMeta} that one stage writes and another acts on: the contract in one place. */
public final class SourceMetaKeys {

    /** Set by the folder source on a file it could not read (a corrupt .gz): enrich makes it a dead letter. */
    public static final String FILE_READ_ERROR = "file.read.error";

    /**
     * When the source says the page was published (ISO-8601; feeds, sitemaps, a folder page's sidecar or file
     * time): enrich uses it as the article's publication time when the page itself states none.
     */
    public static final String PUBLISHED = "item.published";

    private SourceMetaKeys() {}
}
