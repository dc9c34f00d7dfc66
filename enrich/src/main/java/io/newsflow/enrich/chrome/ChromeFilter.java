package io.newsflow.enrich.chrome;

import java.util.List;
import java.util.Map;

/**
 * Removes site chrome (navigation, promos, comment forms, newsletter pleas, ...) from text lines,
 * and hands the DOM extractor the CSS selectors of the same kinds. Rules are data files per kind.
 */
public final class ChromeFilter {

    /** Lines kept, in order, and what was removed by kind. */
    public record Cleaned(List<String> kept, Map<String, Integer> removed) {}

    public static ChromeFilter defaults() {
        return new ChromeFilter();
    }

    public Cleaned cleanLines(List<String> lines) {
        return new Cleaned(List.copyOf(lines), Map.of());
    }

    /** CSS selectors by chrome kind, for removing chrome from a DOM before scoring. */
    public Map<String, List<String>> selectors() {
        return Map.of();
    }
}
