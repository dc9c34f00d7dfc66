package io.newsflow.sink.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The labelled headline stream in src/test/resources/stories: items in time order with their true event, and
 * the meaning vector enrich gives each headline when a {@code .meaning} file sits beside the stream (hex of
 * the signed bytes, one line per item; enrich's {@code HeadlineMeaningFixtureTest} keeps it true).
 */
public final class LabelledStream {

    public record Item(StoryInput input, String event) {}

    private LabelledStream() {}

    public static List<Item> load(String resource) {
        List<String> meanings = meanings(resource.replaceAll("\\.tsv$", ".meaning"));
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
                                Instant.parse(f[0]).toEpochMilli(),
                                null,
                                items.size() < meanings.size() ? unit(meanings.get(items.size())) : null),
                        f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    /** The same stream without meaning vectors: what the sink grouped before enrich gave them. */
    public static List<Item> wordsOnly(List<Item> items) {
        return items.stream()
                .map(i -> new Item(
                        new StoryInput(
                                i.input().id(),
                                i.input().site(),
                                i.input().title(),
                                i.input().text(),
                                i.input().keywords(),
                                i.input().time()),
                        i.event()))
                .toList();
    }

    private static float[] unit(String hex) {
        return hex.isEmpty()
                ? null
                : StoryInput.unit(ByteBuffer.wrap(HexFormat.of().parseHex(hex)));
    }

    private static List<String> meanings(String resource) {
        InputStream in = LabelledStream.class.getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
