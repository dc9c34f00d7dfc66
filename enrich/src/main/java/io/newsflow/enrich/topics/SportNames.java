package io.newsflow.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of sports clubs and drivers, written as the news writes them ("Feyenoord", "PSV", "Verstappen"), each with
 * what it is in English ("football club", "racing driver"). A headline of names tells the model nothing in its own
 * words, and a wordnet's senses of a name are guesses about some other word ("Feyenoord" read "northward"); the
 * {@link Glossary} reads a name here as what it is. Resource {@value #RESOURCE}: {@code name TAB english}, rebuilt
 * by {@code enrich/src/test/scripts/topics-data/sport_names.py} from openfootball's clubs (CC0) and F1DB (CC BY
 * 4.0), leaving out names that are also places or words of the glossary. Matched as written (case and all), the
 * longest name first. Thread-safe (read-only after load).
 */
final class SportNames {

    static final String RESOURCE = "sport-names.tsv";

    /** The most words a name has. */
    private static final int MAX_WORDS = 5;

    private final Map<String, String> english;
    /** The first words of the names: most capitalised words start none, and are let go after one lookup. */
    private final Set<String> firstWords;

    private SportNames(Map<String, String> english) {
        this.english = english;
        this.firstWords = english.keySet().stream().map(n -> n.split(" ", 2)[0]).collect(Collectors.toSet());
    }

    /** Reads the names of {@value #RESOURCE}; the {@link Glossary} loads them with its words. */
    static SportNames read(InputStream raw) throws IOException {
        Map<String, String> english = new HashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab > 0 && !line.startsWith("#")) {
                english.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new SportNames(english);
    }

    /**
     * The name that starts at {@code start} of {@code text} (a word's first letter), the longest of up to {@value
     * #MAX_WORDS} words: appends what it is to {@code out} and returns where it ends; -1 when none starts there.
     */
    int read(String text, int start, StringBuilder out) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        int[] ends = new int[MAX_WORDS];
        int words = 0;
        int i = start;
        while (words < MAX_WORDS && i < text.length()) {
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            ends[words++] = i;
            if (words == 1 && !firstWords.contains(text.substring(start, i))) {
                return -1;
            }
            if (i >= text.length() || text.charAt(i) != ' ') {
                break;
            }
            i++;
        }
        for (int w = words - 1; w >= 0; w--) {
            String gloss = english.get(text.substring(start, ends[w]));
            if (gloss != null) {
                out.append(gloss).append(' ');
                return ends[w];
            }
        }
        return -1;
    }
}
