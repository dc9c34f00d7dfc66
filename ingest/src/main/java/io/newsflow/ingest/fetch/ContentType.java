package io.newsflow.ingest.fetch;

import java.util.Locale;

/**
 * A Content-Type header split into the media type (lower-cased, no parameters) and its charset parameter.
 * Lenient on purpose: servers send "Text/HTML;charset='utf-8'" and worse.
 */
public record ContentType(String mediaType, String charset) {

    /** Parses {@code header}; both parts are null when absent. */
    public static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return new ContentType(null, null);
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String v = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                charset = v.isEmpty() ? null : v;
            }
        }
        return new ContentType(type.isEmpty() ? null : type, charset);
    }
}
