package io.newsflow.ingest.fetch;

/** How a fetch ended; {@link #tag()} is the value of the {@code outcome} tag of the fetch counter. */
public enum FetchOutcome {
    OK("2xx"),
    REDIRECT("3xx"),
    /** 304 to a conditional request: what we have is current, nothing to publish. */
    NOT_MODIFIED("not-modified"),
    CLIENT_ERROR("4xx"),
    SERVER_ERROR("5xx"),
    TIMEOUT("timeout"),
    ROBOTS_DENIED("robots-denied"),
    /** Decompression bomb, or a body we refused to keep; plain over-long bodies are kept truncated and stay OK. */
    TOO_LARGE("too-large"),
    NOT_HTML("not-html"),
    BLOCKED_ADDRESS("blocked-address"),
    FILTERED("filtered"),
    TOO_MANY_REDIRECTS("too-many-redirects"),
    ERROR("error");

    private final String tag;

    FetchOutcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    static FetchOutcome ofStatus(int status) {
        if (status >= 200 && status < 300) return OK;
        if (status == 304) return NOT_MODIFIED;
        if (status >= 300 && status < 400) return REDIRECT;
        if (status >= 400 && status < 500) return CLIENT_ERROR;
        return SERVER_ERROR;
    }
}
