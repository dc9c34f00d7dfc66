package io.newsflow.enrich.extract;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One page as the extractor sees it: bytes plus what the transport said about them.
 *
 * @param url             where the page came from (used to resolve links and as a fallback site name); may be null
 * @param body            the raw bytes, any charset, possibly not HTML at all
 * @param contentType     media type without parameters, e.g. "text/html" or "text/plain"; null when unknown
 * @param declaredCharset charset named by the transport; null when none (the page's meta tag or detection decide)
 */
public record PageInput(String url, byte[] body, String contentType, String declaredCharset) {
    public PageInput {
        Objects.requireNonNull(body, "body");
    }

    public static PageInput html(String url, String html) {
        return new PageInput(url, html.getBytes(StandardCharsets.UTF_8), "text/html", "UTF-8");
    }

    public static PageInput text(String url, String text) {
        return new PageInput(url, text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8");
    }
}
