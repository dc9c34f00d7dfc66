package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five real samples (one story: Xi Jinping's March 2023 visit to Moscow, five outlets, site chrome
 * and all) must each yield the story's people and places among their top ten key phrases, names first,
 * and no chrome; after the chrome stage, as the pipeline feeds the extractor, exactly the phrases in
 * {@code samples.expected} beside this class.
 */
class KeyphraseSamplesTest {

    // What the chrome in these samples says; none of it may be a key phrase even before the chrome stage.
    private static final List<String> CHROME = List.of(
            "subscribe",
            "indicates required",
            "read more",
            "sign up",
            "related",
            "advertisement",
            "oops",
            "something went wrong",
            "member",
            "newsletter",
            "skip to content",
            "news feed",
            "more news");

    private final KeyphraseExtractor extractor = new KeyphraseExtractor();

    @Test
    void everySampleNamesThePeopleAndCountries() throws IOException {
        for (Path p : SharedData.samples()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElse("");
            List<String> keywords = extractor.extract(title, text.substring(title.length()), "en", 10);
            System.out.println(p.getFileName() + ": " + keywords);
            assertThat(keywords)
                    .as(p.getFileName().toString())
                    .contains("Xi Jinping", "Vladimir Putin", "Russia", "China", "Ukraine");
            assertThat(keywords).as(p.getFileName().toString()).doesNotContain("Xi", "Putin", "President Xi");
            for (String chrome : CHROME) {
                assertThat(keywords)
                        .as(p.getFileName().toString())
                        .noneMatch(k -> k.toLowerCase(Locale.ROOT).contains(chrome));
            }
            KeyphraseNamesTest.assertNamesFirst(keywords);
        }
    }

    @Test
    void afterTheChromeStageEachSampleGivesItsExpectedPhrases() throws IOException {
        Map<String, List<String>> expected = expected();
        for (Path p : SharedData.samples()) {
            List<String> lines =
                    Files.readString(p, StandardCharsets.UTF_8).lines().toList();
            List<String> kept = ChromeFilter.defaults().cleanLines(lines).kept();
            String title = kept.isEmpty() ? "" : kept.get(0);
            String text = String.join("\n", kept.subList(Math.min(1, kept.size()), kept.size()));
            List<String> keywords = extractor.extract(title, text, "en", 10);
            System.out.println(p.getFileName() + " (after chrome stage): " + String.join(" | ", keywords));
            assertThat(keywords)
                    .as(p.getFileName().toString())
                    .containsExactlyElementsOf(expected.get(p.getFileName().toString()));
        }
    }

    @Test
    void emptyTextGivesNoKeywords() {
        assertThat(extractor.extract("", "", "en", 10)).isEmpty();
        assertThat(extractor.extract(null, null, null, 10)).isEmpty();
    }

    @Test
    void stopwordsNeverStartOrEndAPhrase() {
        List<String> k = extractor.extract(
                "The Bank of England raises rates",
                "The Bank of England raised interest rates on Thursday. The Bank of England said inflation"
                        + " was too high. Interest rates are now at their highest level since 2008.",
                "en",
                5);
        assertThat(k).contains("Bank of England");
        assertThat(k)
                .noneMatch(s ->
                        s.toLowerCase().startsWith("the ") || s.toLowerCase().endsWith(" of"));
    }

    /** {@code samples.expected}: "file: phrase | phrase | ...", one sample a line. */
    private static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = KeyphraseSamplesTest.class.getResourceAsStream("samples.expected")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                int colon = line.indexOf(": ");
                if (!line.startsWith("#") && colon > 0) {
                    out.put(
                            line.substring(0, colon),
                            List.of(line.substring(colon + 2).split(" \\| ")));
                }
            }
        }
        return out;
    }
}
