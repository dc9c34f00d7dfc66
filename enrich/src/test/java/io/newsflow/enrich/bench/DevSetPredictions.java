package io.newsflow.enrich.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes predictions.jsonl for the development pages so score.py can grade a run:
 * <pre>java -cp enrich/target/classes:enrich/target/test-classes:$(cat /tmp/extract-cp.txt) \
 *   io.newsflow.enrich.bench.DevSetPredictions ../shared/extraction-dev /tmp/pred.jsonl
 * python3 ../shared/extraction-dev/score.py /tmp/pred.jsonl</pre>
 * A third argument {@code full} adds every field of the article (html, metadata, removed counts, confidence).
 */
public final class DevSetPredictions {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/extraction-dev");
        Path out = Path.of(args.length > 1 ? args[1] : "predictions.jsonl");
        // "full" writes every field of the article, so a speed change can be checked to leave all output alone.
        boolean full = args.length > 2 && args[2].equals("full");
        ObjectMapper json = new ObjectMapper();
        // The removed-counts map is immutable, so its order differs between runs; sorted keys keep the file stable.
        if (full) json.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Extractor extractor = Extractor.withDefaults();
        int pages = 0, failed = 0;
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (Path page : devPages(root)) {
                String id = page.getFileName().toString().replace(".html.gz", "");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                try {
                    ExtractedArticle a = extractor.extract(new PageInput(null, gunzip(page), "text/html", null));
                    row.put("title", a.title());
                    row.put("method", a.method());
                    row.put("text", a.text());
                    if (full) row.put("article", a);
                } catch (ExtractionException | RuntimeException e) {
                    failed++;
                    row.put("text", "");
                    row.put("error", e.toString());
                }
                w.write(json.writeValueAsString(row));
                w.newLine();
                pages++;
            }
        }
        System.err.printf("%d pages, %d failed, %.1f s%n", pages, failed, (System.nanoTime() - start) / 1e9);
    }

    static List<Path> devPages(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    public static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
