package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The demo pages in the repository's samples/ folder (invented pages with realistic chrome, one in
 * windows-1252 with no charset in the transport, one with mojibake) against what a reader judged their
 * article to be: title, byline, date, sentences that must survive and chrome that must not.
 */
class DemoSamplesTest {

    private static final Path SAMPLES = Path.of("../samples");
    private final Extractor extractor = Extractor.withDefaults();

    @TestFactory
    Stream<DynamicTest> eachDemoPageComesOutAsAReaderWouldExpect() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/demo-samples/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode page : expected) {
            String file = page.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(file, page)));
        }
        return tests.stream();
    }

    private void check(String file, JsonNode want) throws Exception {
        Path path = SAMPLES.resolve(file);
        String type = file.endsWith(".txt") ? "text/plain" : "text/html";
        ExtractedArticle got =
                extractor.extract(new PageInput(path.toUri().toString(), Files.readAllBytes(path), type, null));
        String text = normalise(got.text());

        assertThat(got.title()).as("title").isEqualTo(want.get("title").asText());
        for (JsonNode sentence : want.get("mustContain")) {
            assertThat(text).as("article text keeps").contains(normalise(sentence.asText()));
        }
        for (JsonNode chrome : want.get("mustNotContain")) {
            assertThat(text).as("article text drops").doesNotContain(normalise(chrome.asText()));
        }
        if (want.hasNonNull("published")) {
            assertThat(OffsetDateTime.parse(got.publishedAt()).toInstant())
                    .as("published")
                    .isEqualTo(
                            OffsetDateTime.parse(want.get("published").asText()).toInstant());
        }
        List<String> authors = new ArrayList<>();
        want.get("authors").forEach(a -> authors.add(a.asText()));
        if (!authors.isEmpty()) {
            assertThat(got.authors()).as("authors").containsExactlyElementsOf(authors);
        }
        if (want.hasNonNull("site") && file.endsWith(".html")) {
            assertThat(got.siteName()).as("site").isEqualTo(want.get("site").asText());
        }
    }

    private static String normalise(String s) {
        return String.join(" ", s.split("\\s+")).strip();
    }
}
