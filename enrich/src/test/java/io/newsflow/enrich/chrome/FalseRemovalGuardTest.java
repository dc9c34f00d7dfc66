package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision guard: the ground-truth article bodies of the readability dev set (130 real articles,
 * a paragraph a line) are article text, so the rules must leave them alone. The few lines removed
 * are chrome the ground truth kept; each is inspected and listed in
 * {@code chrome/dev-set-accepted-removals.tsv}, and any other removal fails the test.
 */
class FalseRemovalGuardTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    @Test
    void groundTruthParagraphsAreKept() throws IOException {
        Map<String, Integer> accepted = accepted();
        List<String> unexpected = new ArrayList<>();
        int lines = 0;
        int removed = 0;
        ObjectMapper json = new ObjectMapper();
        for (String row : Files.readAllLines(
                SharedData.file("extraction-dev/readability", "ground-truth.jsonl"), StandardCharsets.UTF_8)) {
            if (row.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(row);
            String id = article.get("id").asText();
            List<String> paragraphs = Arrays.asList(article.get("articleBody").asText().split("\n", -1));
            for (ChromeFilter.Verdict v : filter.judge(paragraphs)) {
                if (v.line().isBlank()) {
                    continue;
                }
                lines++;
                if (v.removed()) {
                    removed++;
                    String key = id + "\t" + v.kind() + "\t" + v.line().strip();
                    System.out.println("removed " + key + "   <= " + v.why());
                    if (accepted.merge(key, -1, Integer::sum) < 0) {
                        unexpected.add(key + "   <= " + v.why());
                    }
                }
            }
        }
        System.out.printf("dev set: %d ground-truth lines, %d removed (%.2f%%), %d not accepted%n",
                lines, removed, 100.0 * removed / lines, unexpected.size());
        assertThat(lines).as("ground-truth lines read").isGreaterThan(8000);
        assertThat(unexpected).as("article lines removed that nobody accepted as chrome").isEmpty();
    }

    /** Accepted removals with how often each may occur (a line can repeat in one article). */
    private static Map<String, Integer> accepted() throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream in = FalseRemovalGuardTest.class.getResourceAsStream("/chrome/dev-set-accepted-removals.tsv")) {
            assertThat(in).as("accepted removals file").isNotNull();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> out.merge(l.strip(), 1, Integer::sum));
        }
        return out;
    }
}
