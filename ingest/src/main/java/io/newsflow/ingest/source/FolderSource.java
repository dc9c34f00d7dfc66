package io.newsflow.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.PageSink;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceMetaKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the pages saved in a folder tree: {@code .html}, {@code .htm}, {@code .txt} and any of those
 * gzipped ({@code story.html.gz}). The URL is the file URI, the source FILE, the content type comes from
 * the extension and the charset is left for enrich to detect. Files are read in path order, so a re-run
 * publishes the same sequence. A file that cannot be read (a corrupt {@code .gz}, no permission) is still
 * published, with the bytes as stored and the reason under {@link #SourceMetaKeys.FILE_READ_ERROR} in its source metadata, so
 * that enrich turns it into a dead letter instead of it vanishing from the run.
 *
 * <p>A page's publication time, under {@link SourceMetaKeys#PUBLISHED}, comes from a sidecar file beside it,
 * named for the page without its extensions: {@code story.meta.json} for {@code story.txt} or
 * {@code story.html.gz}, holding {@code {"published": "2026-03-01T09:30:00Z"}} (ISO-8601, with an offset or
 * Z). Without a readable sidecar it is the file's modification time, which archive tools (wget, rsync,
 * unzip) keep from the original. A sidecar rather than front matter in the file: the page stays byte for
 * byte what was saved, and HTML and text pages are dated the same way. Enrich uses it only when the page
 * states no date of its own.
 */
public final class FolderSource {

    private static final Logger log = LoggerFactory.getLogger(FolderSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a page's sidecar file is named: the page's name without its extensions, then this. */
    static final String SIDECAR = ".meta.json";

    private final int maxBodyBytes;

    public FolderSource(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Hands every page file under {@code folder} to {@code sink} and returns how many it handed over. */
    public long publishAll(Path folder, PageSink sink) throws SourceException {
        if (!Files.isDirectory(folder)) {
            throw new SourceException("not a folder: " + folder.toAbsolutePath(), null);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> contentType(p) != null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SourceException("cannot list " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        long count = 0;
        for (Path file : files) {
            sink.accept(toPage(file, folder));
            count++;
        }
        log.info("folder path={} files={}", folder, count);
        return count;
    }

    /** The page a file stands for, exactly as the folder source publishes it (an unreadable file included). */
    public RawPage toPage(Path file, Path root) {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        byte[] body;
        Map<String, String> meta =
                new TreeMap<>(Map.of("file.path", root.relativize(file).toString()));
        try {
            body = read(file, gz);
        } catch (IOException e) {
            String why = (gz ? "corrupt gzip file: " : "unreadable file: ") + e;
            log.warn("folder file={} unreadable, published for the dead-letter topic reason=\"{}\"", file, why);
            meta.put(SourceMetaKeys.FILE_READ_ERROR, why);
            body = readStored(file);
        }
        meta.put(SourceMetaKeys.PUBLISHED, published(file).toString());
        boolean truncated = body.length > maxBodyBytes;
        if (truncated) {
            body = Arrays.copyOf(body, maxBodyBytes);
        }
        return RawPage.newBuilder()
                .setUrl(file.toAbsolutePath().normalize().toUri().toString())
                .setFetchedAt(modified(file))
                .setStatus(200)
                .setHeaders(Map.of())
                .setContentType(contentType(file))
                .setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(body))
                .setTruncated(truncated)
                .setSource(PageSource.FILE)
                .setSourceMeta(meta)
                .setDepth(0)
                .build();
    }

    private byte[] read(Path file, boolean gz) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            return in.readNBytes(maxBodyBytes + 1); // the cap also defuses a gzip bomb dropped in the folder
        }
    }

    /** The file's bytes as stored (a dead letter keeps them), or none when even that fails. */
    private byte[] readStored(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBodyBytes + 1);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The sidecar's publication time, else the file's modification time. */
    static Instant published(Path file) {
        Path sidecar = sidecar(file);
        if (Files.isRegularFile(sidecar)) {
            try {
                JsonNode published = JSON.readTree(sidecar.toFile()).path("published");
                if (published.isTextual()) {
                    return OffsetDateTime.parse(published.asText()).toInstant();
                }
                log.warn("folder sidecar={} has no \"published\" text, using the file time", sidecar);
            } catch (IOException | DateTimeParseException e) {
                log.warn("folder sidecar={} unreadable, using the file time reason=\"{}\"", sidecar, e.toString());
            }
        }
        return modified(file);
    }

    /** {@code story.meta.json} for {@code story.txt}, {@code story.html} or {@code story.html.gz}. */
    static Path sidecar(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int cut = name.length();
        if (lower.endsWith(".gz")) {
            cut -= 3;
        }
        int dot = name.lastIndexOf('.', cut - 1);
        return file.resolveSibling(name.substring(0, dot < 0 ? cut : dot) + SIDECAR);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    /** The media type the extension stands for, or null when the file is not a page. */
    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) return "text/html";
        if (name.endsWith(".txt")) return "text/plain";
        return null;
    }
}
