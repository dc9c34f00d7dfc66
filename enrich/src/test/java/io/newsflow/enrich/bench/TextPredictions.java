package io.newsflow.enrich.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Quick loop for tuning the plain-text path: extracts every .txt of a folder as text/plain, as
 * {@code newsflow extract} does for .txt files, and writes score.py's predictions. The reported figures
 * come from the CLI itself; this only saves building the shaded jar between two tries.
 * <pre>java -cp ... io.newsflow.enrich.bench.TextPredictions /tmp/render/w3m /tmp/w3m.jsonl</pre>
 */
public final class TextPredictions {
    public static void main(String[] args) throws Exception {
        Extractor extractor = Extractor.withDefaults();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (Path f : files) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", f.toString());
                try {
                    ExtractedArticle a =
                            extractor.extract(new PageInput(null, Files.readAllBytes(f), "text/plain", null));
                    row.put("title", a.title());
                    row.put("text", a.text());
                } catch (ExtractionException e) {
                    row.put("error", e.kind());
                }
                out.println(json.writeValueAsString(row));
            }
        }
    }
}
