package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.schema.Article;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed documents through the product's own front door ({@link Enricher}, which the stream,
 * {@code newsflow extract} and {@code newsflow local} call; bytes as text/plain in, as the folder
 * source publishes a .txt), held against the line-by-line judgement: every article line kept, in
 * order, no chrome line, the right title, authors and date, and no key phrase taken from chrome. The chrome judgement is {@code chrome/samples/<seed>.expected}; the rest is
 * {@code chrome/samples/articles.tsv}. The seeds belong to their publishers and stay in ../shared.
 */
class SeedPagesTest {

    private static final Enricher ENRICHER =
            new Enricher(Extractor.withDefaults(), ArticleTagger.create(), Clock.systemUTC());

    @ParameterizedTest
    @MethodSource("io.newsflow.testkit.SharedData#seedNames")
    void keepsEveryArticleLineAndNoChromeLine(String seed) throws Exception {
        byte[] body = Files.readAllBytes(SharedData.file("samples", seed));
        String[] want = articleRow(seed);
        Enricher.Outcome outcome = ENRICHER.enrich(page(seed, body));
        assertThat(outcome).as("%s", outcome).isInstanceOf(Enricher.Enriched.class);
        Article article = ((Enricher.Enriched) outcome).article();

        List<String> expected = articleLines(new String(body, StandardCharsets.UTF_8), seed, want);
        List<String> actual = Arrays.asList(article.getText().split("\n\n"));
        if (!flat(actual).equals(flat(expected))) {
            fail(seed + ": article text differs from the judged lines\n" + diff(expected, actual));
        }
        assertThat(article.getTitle()).as(seed + " title").isEqualTo(want[1]);
        assertThat(String.join("; ", article.getAuthors()))
                .as(seed + " authors")
                .isEqualTo(want[2]);
        assertThat(article.getPublishedAt() == null ? "" : article.getPublishedAt())
                .as(seed + " published")
                .isEqualTo(want[3]);
        // Key phrases come from the cleaned text: none of the form labels 004 repeats a dozen times.
        assertThat(article.getKeywords())
                .as(seed + " key phrases")
                .noneMatch(k -> k.toLowerCase(Locale.ROOT).contains("subscri")
                        || k.toLowerCase(Locale.ROOT).contains("indicates required"));
    }

    private static RawPage page(String seed, byte[] body) {
        return RawPage.newBuilder()
                .setUrl("file:///samples/" + seed)
                .setFetchedAt(Instant.parse("2023-03-18T00:00:00Z"))
                .setContentType("text/plain")
                .setBody(ByteBuffer.wrap(body))
                .setSource(PageSource.FILE)
                .build();
    }

    /** The seed's non-blank lines minus chrome, title and byline, repaired as declared. */
    private static List<String> articleLines(String text, String seed, String[] want) throws IOException {
        Set<String> chrome = new HashSet<>();
        for (String l : resource("/chrome/samples/" + seed + ".expected"))
            chrome.add(l.substring(l.indexOf('\t') + 1).strip());
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip().replaceAll("\\s+", " ");
            if (s.isEmpty() || chrome.contains(s) || s.equals(want[1]) || isByline(s, want)) continue;
            for (String r : want[4].isEmpty() ? new String[0] : want[4].split(";")) {
                String[] fromTo = r.split("=>");
                s = s.replace(fromTo[0], fromTo[1]);
            }
            out.add(s);
        }
        return out;
    }

    private static boolean isByline(String line, String[] want) {
        return !want[2].isEmpty() && line.toLowerCase().startsWith("by " + want[2].toLowerCase());
    }

    private static String[] articleRow(String seed) throws IOException {
        for (String l : resource("/chrome/samples/articles.tsv")) {
            String[] f = l.split("\t", -1);
            if (f[0].equals(seed)) return f;
        }
        throw new AssertionError("no row for " + seed + " in chrome/samples/articles.tsv");
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = SeedPagesTest.class.getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    /** Paragraph breaks aside: a line split in two by the copy (003) may come out as one paragraph. */
    private static String flat(List<String> paragraphs) {
        return String.join(" ", paragraphs).replaceAll("\\s+", " ").strip();
    }

    /** Expected lines not in the output (-) and output paragraphs made of no expected line (+). */
    private static String diff(List<String> expected, List<String> actual) {
        String got = flat(actual);
        String wanted = flat(expected);
        StringBuilder out = new StringBuilder();
        for (String e : expected)
            if (!got.contains(e)) out.append("- ").append(e).append('\n');
        for (String a : actual)
            if (!wanted.contains(a.strip())) out.append("+ ").append(a).append('\n');
        return out.toString();
    }
}
