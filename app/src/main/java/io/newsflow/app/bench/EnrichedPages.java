package io.newsflow.app.bench;

import io.newsflow.enrich.Enricher;
import io.newsflow.ingest.source.FolderSource;
import io.newsflow.ingest.source.SourceException;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles the enrich stage makes of a folder's pages, made once before any sink pass (Kafka-free, with the
 * stage's own {@link Enricher}) and looked up by page URL: the sink pass replays them, so that only the sink works.
 */
final class EnrichedPages {

    private static final Map<Path, Map<String, Article>> BY_FOLDER = new ConcurrentHashMap<>();

    private EnrichedPages() {}

    /** The folder's articles by page URL; a page enrich refuses has none. */
    static Map<String, Article> of(Path folder, int maxBodyBytes) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> enrich(f, maxBodyBytes));
    }

    /** The page's article as enrich made it, stamped with this page's fetch time and now; null if it has none. */
    static Article replay(Map<String, Article> articles, RawPage page) {
        Article a = articles.get(page.getUrl());
        return a == null
                ? null
                : Article.newBuilder(a)
                        .setFetchedAt(page.getFetchedAt())
                        .setEnrichedAt(Instant.now())
                        .build();
    }

    private static Map<String, Article> enrich(Path folder, int maxBodyBytes) {
        Enricher enricher = Enricher.withDefaults();
        Map<String, Article> out = new HashMap<>();
        try {
            new FolderSource(maxBodyBytes).publishAll(folder, page -> {
                if (enricher.enrich(page) instanceof Enricher.Enriched e) {
                    out.put(page.getUrl(), e.article());
                }
            });
        } catch (SourceException e) {
            throw new IllegalStateException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return Map.copyOf(out);
    }
}
