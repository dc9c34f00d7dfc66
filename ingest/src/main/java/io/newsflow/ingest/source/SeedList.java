package io.newsflow.ingest.source;

import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Seed URLs, one per line ({@code #} comments and blank lines ignored). A line may start with
 * {@code feed } or {@code sitemap } to say what the URL is; otherwise URLs ending in .xml/.rss/.atom are
 * taken for feeds or sitemaps by name and the rest for pages. {@code refetch URL} asks for a page fetched
 * before to be fetched again (conditionally, with the ETag / Last-Modified it had); pages are otherwise
 * fetched once.
 */
public final class SeedList {

    private SeedList() {}

    public static List<Discovered> read(Path file) throws SourceException {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SourceException("cannot read seed list " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Discovered> parse(List<String> lines) {
        UrlNormalizer normalizer = new UrlNormalizer();
        List<Discovered> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            String hint = parts.length == 2 ? parts[0].toLowerCase(Locale.ROOT) : "";
            String url = parts.length == 2 ? parts[1] : parts[0];
            Optional<URI> u = normalizer.normalize(url);
            Map<String, String> meta = hint.equals("refetch")
                    ? Map.of("seed", "true", CrawlRequest.REFETCH, "true")
                    : Map.of("seed", "true");
            u.ifPresent(uri -> out.add(new Discovered(uri, kind(hint, uri), source(kind(hint, uri)), meta)));
        }
        return out;
    }

    private static Discovered.Kind kind(String hint, URI url) {
        if (hint.equals("refetch")) return Discovered.Kind.PAGE;
        if (hint.equals("feed")) return Discovered.Kind.FEED;
        if (hint.equals("sitemap")) return Discovered.Kind.SITEMAP;
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        if (path.contains("sitemap")) return Discovered.Kind.SITEMAP;
        if (path.endsWith(".rss")
                || path.endsWith(".atom")
                || path.endsWith("/feed")
                || path.endsWith("/rss")
                || path.endsWith(".xml")) return Discovered.Kind.FEED;
        return Discovered.Kind.PAGE;
    }

    private static PageSource source(Discovered.Kind kind) {
        return switch (kind) {
            case FEED -> PageSource.FEED;
            case SITEMAP -> PageSource.SITEMAP;
            case PAGE -> PageSource.CRAWL;
        };
    }
}
