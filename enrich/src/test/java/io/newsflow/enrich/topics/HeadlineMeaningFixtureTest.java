package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sink's labelled headline stream is grouped with the meaning vectors enrich gives its headlines; the
 * sink cannot compute them (it has no model), so they sit beside the stream in a file this test keeps
 * true: when the meaning model changes, it fails until the file is written again with
 * {@code -Dmeaning.fixture.write=true}.
 */
class HeadlineMeaningFixtureTest {

    /** The sink module's fixture, read from this module's folder (Maven runs tests there). */
    private static final Path STREAM = Path.of("../sink/src/test/resources/stories/headlines.tsv");

    private static final Path MEANING = Path.of("../sink/src/test/resources/stories/headlines.meaning");

    @Test
    void theSinksHeadlinesCarryTheMeaningEnrichGivesThem() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(STREAM, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String title = line.split("\t")[3];
            byte[] meaning = SharedTagger.TAGGER
                    .tag(new TagInput(title, "", null, null, null, null))
                    .meaning();
            expected.add(meaning == null ? "" : HexFormat.of().formatHex(meaning));
        }
        if (Boolean.getBoolean("meaning.fixture.write")) {
            Files.write(MEANING, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readAllLines(MEANING, StandardCharsets.UTF_8))
                .as("%s is stale: run this test with -Dmeaning.fixture.write=true", MEANING)
                .isEqualTo(expected);
    }
}
