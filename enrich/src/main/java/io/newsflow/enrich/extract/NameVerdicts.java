package io.newsflow.enrich.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what the class/id patterns said of a name string, across pages and threads. Sites repeat
 * the same class names on every page, and the patterns are long alternations that try every branch at
 * every position, so asking again is the expensive part. Bounded: when full it starts over.
 */
final class NameVerdicts<V> {
    private static final int MAX_ENTRIES = 50_000;

    private final Map<String, V> verdicts = new ConcurrentHashMap<>();
    private final Function<String, V> judge;

    NameVerdicts(Function<String, V> judge) {
        this.judge = judge;
    }

    V of(String names) {
        V v = verdicts.get(names);
        if (v != null) return v;
        if (verdicts.size() >= MAX_ENTRIES) verdicts.clear();
        v = judge.apply(names);
        verdicts.put(names, v);
        return v;
    }
}
