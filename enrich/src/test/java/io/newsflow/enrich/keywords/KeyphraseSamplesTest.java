package io.newsflow.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five real samples (one story: Xi Jinping's March 2023 visit to Moscow, five outlets, site chrome
 * and all) must each yield the story's people and places among their top ten key phrases.
 */
class KeyphraseSamplesTest {

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
}
