package io.newsflow.app.local;

import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Pages from a local folder: .html, .htm, .txt, and the same gzipped. */
public final class FolderPages {

    /** Larger files are cut here and flagged truncated; gzip bombs stop here too. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private FolderPages() {
    }

    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> contentType(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public static RawPage read(Path file, Instant now) {
        byte[] body;
        boolean truncated;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            body = in.readNBytes(MAX_BYTES + 1);
            truncated = body.length > MAX_BYTES;
            if (truncated) {
                body = java.util.Arrays.copyOf(body, MAX_BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return RawPage.newBuilder()
                .setUrl(file.toAbsolutePath().toUri().toString())
                .setFetchedAt(now)
                .setContentType(contentType(file))
                .setBody(ByteBuffer.wrap(body))
                .setTruncated(truncated)
                .setSource(PageSource.FILE)
                .setSourceMeta(Map.of("path", file.toString()))
                .build();
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        return name.endsWith(".txt") ? "text/plain" : null;
    }
}
