package io.newsflow.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** The kinds of response a crawler meets in the wild, good and hostile. */
public final class Responses {

    private Responses() {}

    public static LocalWeb.Responder html(String html) {
        return body(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static LocalWeb.Responder text(String contentType, String body) {
        return body(200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A page whose header names one charset while the bytes are in another. */
    public static LocalWeb.Responder mislabelled(String html, Charset actual, String declared) {
        return body(200, "text/html; charset=" + declared, html.getBytes(actual));
    }

    public static LocalWeb.Responder body(int status, String contentType, byte[] bytes) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                ex.getResponseBody().write(bytes);
            }
        };
    }

    /**
     * A resource at version {@code etag} (also its Last-Modified): 304 when the request's If-None-Match or
     * If-Modified-Since names that version, else {@code fresh} with the validators set.
     */
    public static LocalWeb.Responder versioned(String etag, String lastModified, LocalWeb.Responder fresh) {
        return ex -> {
            String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", lastModified);
            if (etag.equals(ifNoneMatch) || (ifNoneMatch == null && lastModified.equals(ifModifiedSince))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                fresh.respond(ex);
            }
        };
    }

    public static LocalWeb.Responder status(int status) {
        return ex -> ex.sendResponseHeaders(status, -1);
    }

    public static LocalWeb.Responder unavailable(int retryAfterSeconds) {
        return ex -> {
            ex.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
            ex.sendResponseHeaders(503, -1);
        };
    }

    public static LocalWeb.Responder redirect(int status, String location) {
        return ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(status, -1);
        };
    }

    public static LocalWeb.Responder gzipped(String contentType, byte[] plain) {
        return encoded(contentType, "gzip", gzip(plain));
    }

    /** {@code encodedBody} sent as is with {@code Content-Encoding: encoding} (e.g. brotli bytes made offline). */
    public static LocalWeb.Responder encoded(String contentType, String encoding, byte[] encodedBody) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.getResponseHeaders().set("Content-Encoding", encoding);
            ex.sendResponseHeaders(200, encodedBody.length);
            ex.getResponseBody().write(encodedBody);
        };
    }

    /** {@code megabytes} of zeros, gzipped to about a thousandth of that. */
    public static LocalWeb.Responder gzipBomb(int megabytes) {
        return gzipped("text/html", new byte[megabytes << 20]);
    }

    /** Headers only after {@code millis}. */
    public static LocalWeb.Responder slowHeaders(long millis, String html) {
        LocalWeb.Responder page = html(html);
        return ex -> {
            sleep(millis);
            page.respond(ex);
        };
    }

    /** Headers at once, then a few bytes every {@code millis} for {@code chunks} chunks. */
    public static LocalWeb.Responder trickle(long millis, int chunks) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < chunks; i++) {
                out.write("<p>drip</p>".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                sleep(millis);
            }
        };
    }

    /** A chunked body that never ends (until the client hangs up). */
    public static LocalWeb.Responder endless() {
        byte[] chunk = "<p>again and again</p>\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (long sent = 0; sent < (4L << 30); sent += chunk.length) {
                out.write(chunk);
            }
        };
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
