package io.newsflow.ingest.source;

import io.newsflow.ingest.PageSink;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the pages saved in a folder tree: {@code .html}, {@code .htm}, {@code .txt} and any of those
 * gzipped ({@code story.html.gz}). The URL is the file URI, the source FILE, the content type comes from
 * the extension and the charset is left for enrich to detect. Files are read in path order, so a re-run
 * publishes the same sequence.
 */
public final class FolderSource {

    private static final Logger log = LoggerFactory.getLogger(FolderSource.class);

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
            try {
                sink.accept(toPage(file, folder));
                count++;
            } catch (IOException e) {
                log.warn("folder file={} skipped reason=\"{}\"", file, e.getMessage());
            }
        }
        log.info("folder path={} files={}", folder, count);
        return count;
    }

    /** The page a file stands for, exactly as the folder source publishes it. */
    public RawPage toPage(Path file, Path root) throws IOException {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        byte[] body;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            body = in.readNBytes(maxBodyBytes + 1); // the cap also defuses a gzip bomb dropped in the folder
        }
        boolean truncated = body.length > maxBodyBytes;
        if (truncated) {
            body = java.util.Arrays.copyOf(body, maxBodyBytes);
        }
        return RawPage.newBuilder()
                .setUrl(file.toAbsolutePath().normalize().toUri().toString())
                .setFetchedAt(Files.getLastModifiedTime(file).toInstant())
                .setStatus(200)
                .setHeaders(Map.of())
                .setContentType(contentType(file))
                .setDeclaredCharset(null)
                .setBody(ByteBuffer.wrap(body))
                .setTruncated(truncated)
                .setSource(PageSource.FILE)
                .setSourceMeta(Map.of("file.path", root.relativize(file).toString()))
                .setDepth(0)
                .build();
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
