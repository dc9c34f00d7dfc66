package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Precision guard on the readability dev set (130 real articles). Its ground-truth bodies are
 * article text, so the rules must leave their lines alone, both
 *
 * <ul>
 * <li>when fed the ground truth itself, a paragraph a line, and</li>
 * <li>when fed the whole text of each page, chrome and all, where the context rules (blocks,
 *     neighbours, the tail) see real chrome around the article.</li>
 * </ul>
 *
 * The few ground-truth lines removed are chrome the ground truth kept; each is inspected and listed
 * in an accepted file, and any other removal fails the test. Removals are printed to the test's
 * output file for review.
 */
class FalseRemovalGuardTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    @Test
    void groundTruthParagraphsAreKept() throws IOException {
        Map<String, Integer> accepted = accepted("/chrome/dev-set-accepted-removals.tsv");
        List<String> unexpected = new ArrayList<>();
        int lines = 0;
        int removed = 0;
        for (Map.Entry<String, String> article : groundTruth().entrySet()) {
            List<String> paragraphs = Arrays.asList(article.getValue().split("\n", -1));
            for (ChromeFilter.Verdict v : filter.judge(paragraphs)) {
                if (v.line().isBlank()) {
                    continue;
                }
                lines++;
                if (v.removed()) {
                    removed++;
                    check(article.getKey(), v, accepted, unexpected);
                }
            }
        }
        System.out.printf(
                "dev set ground truth: %d lines, %d removed (%.2f%%), %d not accepted%n",
                lines, removed, 100.0 * removed / lines, unexpected.size());
        assertThat(lines).as("ground-truth lines read").isGreaterThan(8000);
        assertThat(unexpected)
                .as("article lines removed that nobody accepted as chrome")
                .isEmpty();
    }

    @Test
    void groundTruthLinesAreKeptInTheirPages() throws IOException {
        Map<String, Integer> accepted = accepted("/chrome/dev-set-accepted-page-removals.tsv");
        List<String> unexpected = new ArrayList<>();
        int pages = 0;
        int lines = 0;
        int removed = 0;
        long nanos = 0;
        Map<String, Integer> byKind = new TreeMap<>();
        Path html = SharedData.dir("extraction-dev/readability/html");
        for (Map.Entry<String, String> article : groundTruth().entrySet()) {
            Path page = html.resolve(article.getKey() + ".html.gz");
            if (!Files.isRegularFile(page)) {
                continue;
            }
            pages++;
            Set<String> truth = new HashSet<>();
            for (String l : article.getValue().split("\n")) {
                truth.add(squeeze(l));
            }
            List<String> text = pageLines(page);
            long start = System.nanoTime();
            List<ChromeFilter.Verdict> verdicts = filter.judge(text);
            nanos += System.nanoTime() - start;
            for (ChromeFilter.Verdict v : verdicts) {
                lines++;
                if (v.removed()) {
                    removed++;
                    byKind.merge(v.kind(), 1, Integer::sum);
                    if (truth.contains(v.line())) {
                        check(article.getKey(), v, accepted, unexpected);
                    }
                }
            }
        }
        System.out.printf(
                "dev set pages: %d pages, %d lines, %d removed as chrome %s, %d ground-truth lines not accepted;"
                        + " filtering took %d ms%n",
                pages, lines, removed, byKind, unexpected.size(), nanos / 1_000_000);
        assertThat(pages).as("dev-set pages read").isGreaterThan(100);
        assertThat(unexpected)
                .as("article lines removed from their pages that nobody accepted as chrome")
                .isEmpty();
    }

    private static void check(
            String id, ChromeFilter.Verdict v, Map<String, Integer> accepted, List<String> unexpected) {
        String key = id + "\t" + v.kind() + "\t" + v.line().strip();
        System.out.println("removed " + key + "   <= " + v.why());
        if (accepted.merge(key, -1, Integer::sum) < 0) {
            unexpected.add(key + "   <= " + v.why());
        }
    }

    /** The page's text as a naive extractor gives it: a line per block element, nothing removed. */
    private static List<String> pageLines(Path page) throws IOException {
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Document doc = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        if (doc.body() != null) {
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        @Override
                        public void head(Node node, int depth) {
                            if (node instanceof TextNode t && !inScript(t)) {
                                text.append(t.getWholeText());
                            }
                        }

                        @Override
                        public void tail(Node node, int depth) {
                            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                                text.append('\n');
                            }
                        }
                    },
                    doc.body());
        }
        List<String> lines = new ArrayList<>();
        for (String l : text.toString().split("\n")) {
            String s = squeeze(l);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return lines;
    }

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "aside",
            "nav",
            "header",
            "footer",
            "ul",
            "ol",
            "form",
            "figure",
            "figcaption",
            "blockquote",
            "button",
            "label",
            "br",
            "time");

    private static boolean inScript(TextNode t) {
        Node parent = t.parent();
        return parent instanceof Element e
                && (e.normalName().equals("script")
                        || e.normalName().equals("style")
                        || e.normalName().equals("noscript"));
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, String> groundTruth() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String row : Files.readAllLines(
                SharedData.file("extraction-dev/readability", "ground-truth.jsonl"), StandardCharsets.UTF_8)) {
            if (!row.isBlank()) {
                JsonNode article = json.readTree(row);
                out.put(article.get("id").asText(), article.get("articleBody").asText());
            }
        }
        return out;
    }

    /** Accepted removals with how often each may occur (a line can repeat in one article). */
    private static Map<String, Integer> accepted(String resource) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream in = FalseRemovalGuardTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("accepted removals file " + resource).isNotNull();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> out.merge(l.strip(), 1, Integer::sum));
        }
        return out;
    }
}
