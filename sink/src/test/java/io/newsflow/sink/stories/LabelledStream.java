package io.newsflow.sink.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The labelled headline stream in src/test/resources/stories: items in time order with their true event. */
public final class LabelledStream {

    public record Item(StoryInput input, String event) {}

    private LabelledStream() {}

    public static List<Item> load(String resource) {
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LabelledStream.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String id = "h" + items.size();
                items.add(new Item(
                        new StoryInput(
                                id,
                                f[2],
                                f[3],
                                "",
                                List.of(),
                                Instant.parse(f[0]).toEpochMilli()),
                        f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }
}
