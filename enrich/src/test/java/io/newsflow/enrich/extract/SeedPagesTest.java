package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.enrich.chrome.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five seed documents through the product's own path (bytes as text/plain in, article out), held
 * against the line-by-line judgement: every article line kept, in order, no chrome line, and the right
 * title, authors and date. The chrome judgement is {@code chrome/samples/<seed>.expected}; the rest is
 * {@code chrome/samples/articles.tsv}. The seeds belong to their publishers and stay in ../shared.
 */
class SeedPagesTest {

    private final Extractor extractor = Extractor.withDefaults();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_bb8677cc99adc531.txt",
                "001_8a5cf2dc6abd644f.txt",
                "002_365e933e9b9305cd.txt",
                "003_90152b6ba410b684.txt",
                "004_65259faf62a2be74.txt"
            })
    void keepsEveryArticleLineAndNoChromeLine(String seed) throws Exception {
        byte[] body = Files.readAllBytes(SharedData.file("samples", seed));
        String[] want = articleRow(seed);
        ExtractedArticle article = extractor.extract(new PageInput(null, body, "text/plain", null));

        List<String> expected = articleLines(new String(body, StandardCharsets.UTF_8), seed, want);
        List<String> actual = Arrays.asList(article.text().split("\n\n"));
        if (!flat(actual).equals(flat(expected))) {
            fail(seed + ": article text differs from the judged lines\n" + diff(expected, actual));
        }
        assertThat(article.title()).as(seed + " title").isEqualTo(want[1]);
        assertThat(String.join("; ", article.authors())).as(seed + " authors").isEqualTo(want[2]);
        assertThat(article.publishedAt() == null ? "" : article.publishedAt())
                .as(seed + " published")
                .isEqualTo(want[3]);
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
