package io.newsflow.enrich.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The labelled check set and the IPTC-to-4-class mapping, from test resources under topics/. */
final class LabelledSet {

    static final List<String> CLASSES = List.of("world", "sports", "business", "scitech");

    record Item(String label, String title, String lead) {}

    private LabelledSet() {}

    /** The development set: seen while the topic descriptions were written. */
    static List<Item> items() {
        return items("/topics/labelled-news.tsv");
    }

    /** The held-out set: measured, never tuned on. */
    static List<Item> heldOut() {
        return items("/topics/held-out-news.tsv");
    }

    static List<Item> items(String resource) {
        List<Item> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 3 || !CLASSES.contains(f[0])) {
                throw new IllegalStateException("bad labelled line: " + line);
            }
            out.add(new Item(f[0], f[1], f[2]));
        }
        return out;
    }

    static Map<String, String> mapping() {
        Map<String, String> out = new HashMap<>();
        for (String line : lines("/topics/four-class-mapping.tsv")) {
            String[] f = line.split("\t");
            out.put(f[0], f[1]);
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
