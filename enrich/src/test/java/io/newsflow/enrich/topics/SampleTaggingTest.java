package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five real samples (Xi Jinping's 2023 visit to Moscow) as the tagger gets them in the pipeline:
 * after the chrome stage ({@link ChromeFilter}) has removed widgets and membership pleas. Expect
 * diplomacy, English, and the story's people.
 */
class SampleTaggingTest {

    @Test
    void theXiVisitIsPoliticsInEnglishWithItsPeople() throws IOException {
        List<Path> files = SharedData.samples();
        for (Path p : files) {
            List<String> lines =
                    Files.readString(p, StandardCharsets.UTF_8).lines().toList();
            String text =
                    String.join("\n", ChromeFilter.defaults().cleanLines(lines).kept());
            Tags tags = SharedTagger.TAGGER.tag(new TagInput(null, text, null, null, null, null));
            System.out.println(p.getFileName() + ": " + tags);
            assertThat(tags.topics().get(0).code())
                    .as(p.getFileName().toString())
                    .isEqualTo("medtop:11000000");
            assertThat(tags.topics())
                    .as(p.getFileName().toString())
                    .noneMatch(t -> t.code().equals("medtop:12000000"));
            assertThat(tags.language()).isEqualTo("en");
            assertThat(tags.keywords()).contains("Xi Jinping", "Vladimir Putin");
        }
    }
}
