package io.newsflow.enrich.chrome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell chrome lines from article lines on any site ("subscribe", "comments", "share",
 * "cookies", "advertisement" … and their kin in other languages), learnt, not listed: each word's log-odds
 * of appearing in an article line rather than a chrome line of the dev pages' text renditions, kept only
 * for words seen on many pages, so no site's own strings are in it. The table is data,
 * {@code line-words.tsv}, written by {@code LineModelTrainer} with the line model. The same table holds the
 * stop words' languages ({@link StopWordLists}), so a line's token is looked up once for both. Immutable.
 */
final class LineWords {

    /** No words: every token is unknown. */
    static final LineWords NONE = of(Map.of());

    private final WordSlots slots;
    private final float[] weights;
    private final long[] languages;
    private final Map<String, Double> table;

    private LineWords(Map<String, Double> table) {
        this.table = table;
        Map<String, Long> stops = StopWordLists.languagesOfWords();
        Set<String> words = new HashSet<>(table.keySet());
        words.addAll(stops.keySet());
        this.slots = new WordSlots(words);
        this.weights = new float[slots.capacity()];
        this.languages = new long[slots.capacity()];
        Arrays.fill(weights, Float.NaN);
        table.forEach((w, v) -> weights[slots.slotOf(w)] = v.floatValue());
        stops.forEach((w, bits) -> languages[slots.slotOf(w)] = bits);
    }

    static LineWords of(Map<String, Double> table) {
        return new LineWords(new LinkedHashMap<>(table));
    }

    static LineWords defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final LineWords INSTANCE = load("line-words.tsv");
    }

    /**
     * The token's slot in the table, or -1 when it is neither a learnt word nor a stop word; {@code hash}
     * is its {@link String#hashCode}, summed as its chars were read.
     */
    int slotOf(char[] token, int length, int hash) {
        return slots.slotOf(token, length, hash);
    }

    /** The word's log-odds of article over chrome, or NaN when the table has not learnt it (or slot is -1). */
    double weight(int slot) {
        return slot < 0 ? Double.NaN : weights[slot];
    }

    /** The word's stop-word languages as bits ({@link StopWordLists}), 0 when none (or slot is -1). */
    long languages(int slot) {
        return slot < 0 ? 0L : languages[slot];
    }

    int size() {
        return table.size();
    }

    String format(String header) {
        StringBuilder out = new StringBuilder(header);
        table.forEach((w, v) -> out.append(w)
                .append('\t')
                .append(String.format(Locale.ROOT, "%.2f", v))
                .append('\n'));
        return out.toString();
    }

    /** Reads {@code word <TAB> log-odds} rows; # comments. */
    static LineWords parse(List<String> lines) {
        Map<String, Double> table = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab <= 0) throw new IllegalArgumentException("line words: not word<TAB>weight: " + line);
            table.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return of(table);
    }

    private static LineWords load(String resource) {
        try (InputStream in = LineWords.class.getResourceAsStream(ChromeFilter.RULES_DIR + resource)) {
            if (in == null) throw new IllegalStateException("line words missing: " + ChromeFilter.RULES_DIR + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line words " + resource, e);
        }
    }
}
