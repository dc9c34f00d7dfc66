package io.newsflow.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stopword lists from {@code stopwords-<lang>.txt}; English stands in for a language without a list. */
final class Stopwords {

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private Stopwords() {}

    static Set<String> forLanguage(String lang) {
        String key = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        Set<String> set = CACHE.computeIfAbsent(key, Stopwords::load);
        return set.isEmpty() ? CACHE.computeIfAbsent("en", Stopwords::load) : set;
    }

    private static Set<String> load(String lang) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream("stopwords-" + lang + ".txt")) {
            if (in == null) {
                return words;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
