package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Real pages from the development set (Apache-2.0 corpora) with their expected content. */
class FixturePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor = Extractor.withDefaults();

    @Test
    void keepsGermanNewsBodyAndDropsTeasers() throws Exception {
        assertSnippets("t0483");
    }

    @Test
    void keepsChineseNewsBodyAndDropsChrome() throws Exception {
        assertSnippets("t0108");
    }

    @Test
    void keepsPressReleaseAndDropsSiteBoxes() throws Exception {
        assertSnippets("t0517");
    }

    @Test
    void dropsLabelledPublishAndUpdateStamps() throws Exception {
        assertSnippets("t0903");
    }

    @Test
    void dropsRelatedHeadingInGerman() throws Exception {
        assertSnippets("t0623");
    }

    @Test
    void dropsCaptionsEndingWithPhotoCredit() throws Exception {
        assertSnippets("t0887");
    }

    @Test
    void keepsArticleWhoseWrapperClassSaysShare() throws Exception {
        assertSnippets("t0190");
    }

    @Test
    void keepsArticleNodeMarkedPromoted() throws Exception {
        assertSnippets("t0005");
    }

    @Test
    void keepsDrupalFieldsWithHiddenLabels() throws Exception {
        assertSnippets("t0925");
    }

    @Test
    void keepsSectionsIdentifiedByTheirHeadings() throws Exception {
        assertSnippets("r-mercurial");
    }

    @Test
    void takesOpeningBylineAsAuthor() throws Exception {
        assertSnippets("t0084");
        assertThat(extract("t0084").authors()).containsExactly("Klaus Stanjek");
    }

    @Test
    void commentersAndCommentFormAreNotAuthors() throws Exception {
        assertSnippets("t0074");
        assertThat(extract("t0074").authors()).containsExactly("Heiko");
    }

    @Test
    void matchesReadabilityOnEnglishNewsArticle() throws Exception {
        JsonNode expected = expected("r-ars-1");
        ExtractedArticle a = extract("r-ars-1");
        List<String> missing = new ArrayList<>(), extra = new ArrayList<>();
        double recall = overlap(expected.get("articleBody").asText(), a.text(), missing);
        double precision = overlap(a.text(), expected.get("articleBody").asText(), extra);
        if (recall < 0.95 || precision < 0.95) {
            fail(String.format(
                    "shingle recall %.3f precision %.3f%n--- expected paragraphs missing:%n%s%n+++ extracted paragraphs not expected:%n%s",
                    recall, precision, String.join("\n", missing), String.join("\n", extra)));
        }
        assertThat(a.title()).isEqualTo(expected.get("title").asText());
        assertThat(a.authors()).contains(expected.get("byline").asText());
    }

    private void assertSnippets(String id) throws Exception {
        JsonNode expected = expected(id);
        ExtractedArticle a = extract(id);
        String text = norm(a.text());
        StringBuilder problems = new StringBuilder();
        for (JsonNode w : expected.get("with")) {
            if (!text.contains(norm(w.asText())))
                problems.append("--- missing: ").append(w.asText()).append('\n');
        }
        for (JsonNode w : expected.get("without")) {
            if (text.contains(norm(w.asText())))
                problems.append("+++ boilerplate kept: ").append(w.asText()).append('\n');
        }
        if (!problems.isEmpty()) fail(problems + "=== extracted text:\n" + a.text());
    }

    /** Share of the word 4-grams of {@code reference} found in {@code other}; paragraphs with none found go to {@code lost}. */
    private static double overlap(String reference, String other, List<String> lost) {
        Set<String> have = shingles(other);
        int found = 0, all = 0;
        for (String para : reference.split("\n\n")) {
            Set<String> s = shingles(para);
            int f = 0;
            for (String x : s) if (have.contains(x)) f++;
            if (!s.isEmpty() && f * 2 < s.size()) lost.add("  " + para);
            found += f;
            all += s.size();
        }
        return all == 0 ? 1 : (double) found / all;
    }

    private static Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
        while (m.find()) words.add(m.group());
        Set<String> out = new TreeSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + 4)));
        return out;
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private ExtractedArticle extract(String id) throws Exception {
        try (InputStream in = new GZIPInputStream(resource(id + ".html.gz"))) {
            return extractor.extract(new PageInput(null, in.readAllBytes(), "text/html", null));
        }
    }

    private static JsonNode expected(String id) throws IOException {
        try (InputStream in = resource(id + ".expected.json")) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = FixturePagesTest.class.getResourceAsStream("/fixtures/" + name);
        assertThat(in).as("fixture " + name).isNotNull();
        return in;
    }
}
