package io.newsflow.enrich.extract;

/** A page the extractor cannot turn into an article; {@link #kind()} is short and machine-readable. */
public class ExtractionException extends Exception {
    private final String kind;

    public ExtractionException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ExtractionException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** e.g. "not-html", "binary-body", "empty-article", "too-large". */
    public String kind() {
        return kind;
    }
}
