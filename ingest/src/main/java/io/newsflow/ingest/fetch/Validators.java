package io.newsflow.ingest.fetch;

/**
 * What an earlier response said about its version, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so that an unchanged resource costs the site a 304 and us nothing.
 *
 * @param etag         the earlier ETag, or null
 * @param lastModified the earlier Last-Modified, or null
 */
public record Validators(String etag, String lastModified) {

    private static final Validators NONE = new Validators(null, null);

    public static Validators none() {
        return NONE;
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
