package io.newsflow.enrich.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The front door of extraction: one page in, one clean article out. Thread-safe; build once, share.
 * (First version: paragraphs of the page; the scoring extractor replaces it.)
 */
public final class Extractor {

    public static Extractor withDefaults() {
        return new Extractor();
    }

    public ExtractedArticle extract(PageInput page) throws ExtractionException {
        String raw = new String(page.body(), StandardCharsets.UTF_8);
        if (raw.indexOf('\0') >= 0) {
            throw new ExtractionException("binary-body", "body contains NUL bytes");
        }
        boolean plain = page.contentType() != null && page.contentType().startsWith("text/plain");
        List<String> paragraphs = new ArrayList<>();
        String title = null;
        if (plain) {
            for (String line : raw.split("\\R")) {
                if (!line.isBlank()) paragraphs.add(line.strip());
            }
            if (!paragraphs.isEmpty()) title = paragraphs.remove(0);
        } else {
            Document doc = Jsoup.parse(raw, page.url() == null ? "" : page.url());
            title = doc.title();
            for (Element p : doc.select("p")) {
                if (!p.text().isBlank()) paragraphs.add(p.text());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ExtractionException("empty-article", "no paragraphs found");
        }
        return new ExtractedArticle(title, null, List.of(), null, null, null, null, null, null,
                String.join("\n\n", paragraphs), null, Map.of(), 0, plain ? "plain-text" : "paragraphs", 0.5);
    }
}
