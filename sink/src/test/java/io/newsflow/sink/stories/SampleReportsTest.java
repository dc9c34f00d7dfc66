package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.sink.SeedReports;
import io.newsflow.sink.state.MapTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The five real reports of Xi's 2023 Moscow visit (shared/samples) form one story that nothing else joins. */
class SampleReportsTest {

    private static final long T0 = Instant.parse("2023-03-17T08:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;

    /** Unrelated real articles: Readability's test pages (tech, politics, health, culture, ...). */
    private static List<StoryInput> unrelatedArticles() throws IOException {
        List<StoryInput> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in =
                Files.newBufferedReader(SeedReports.readabilityGroundTruth(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                String body = n.path("articleBody").asText("");
                if (body.length() > 500) {
                    out.add(new StoryInput(
                            n.path("id").asText(),
                            n.path("metadata").path("siteName").asText(null),
                            n.path("metadata").path("title").asText(""),
                            body,
                            List.of(),
                            T0 + out.size() * HOUR / 4));
                }
            }
        }
        return out;
    }

    @Test
    void fiveOutletsOneStoryAndNothingElseInIt() throws IOException {
        StoryGrouper grouper =
                new StoryGrouper(StorySettings.defaults(), new MapTable<>(), new MapTable<>(), new MapTable<>());
        List<StoryInput> unrelated = unrelatedArticles();
        // Headlines of other events that share words with this one (Putin, China, Russia, Ukraine appear in several).
        LabelledStream.load("/stories/headlines.tsv").stream()
                .filter(i -> !i.event().equals("xi-moscow"))
                .limit(60)
                .forEach(i -> unrelated.add(new StoryInput(
                        i.input().id(),
                        i.input().site(),
                        i.input().title(),
                        "",
                        List.of(),
                        T0 + unrelated.size() * HOUR / 4)));
        List<SeedReports.Sample> samples = SeedReports.samples();
        Set<String> sampleStories = new HashSet<>();
        Set<String> otherStories = new HashSet<>();
        int u = 0;
        for (int s = 0; s < samples.size(); s++) {
            // interleave: a third of the unrelated articles, then a report, and so on
            for (int k = 0; k < unrelated.size() / samples.size() && u < unrelated.size(); k++, u++) {
                otherStories.add(grouper.assign(unrelated.get(u)).story().id());
            }
            SeedReports.Sample r = samples.get(s);
            StoryGrouper.Assignment a = grouper.assign(
                    new StoryInput(r.name(), "outlet-" + s, r.title(), r.text(), List.of(), T0 + s * 5 * HOUR));
            System.out.printf("%s → %s (similarity %.3f)%n", r.name(), a.story().id(), a.similarity());
            sampleStories.add(a.story().id());
        }
        while (u < unrelated.size()) {
            otherStories.add(grouper.assign(unrelated.get(u++)).story().id());
        }
        assertThat(sampleStories).as("the five reports form one story").hasSize(1);
        assertThat(otherStories).as("no unrelated article joined it").doesNotContainAnyElementsOf(sampleStories);
    }
}
