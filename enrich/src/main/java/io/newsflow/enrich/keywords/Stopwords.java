package io.newsflow.enrich.keywords;

import io.newsflow.enrich.language.FunctionWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Words that may not open or close a key phrase, per language. Function words are {@link FunctionWords} (the
 * lists Lucene's analyzers ship, maintained upstream, not typed here). Day and month names come from the JDK's locale data (CLDR).
 * On top, {@code news-words.txt} holds what only news needs: people's titles ("President", "Mr"), which
 * {@link #titles} also gives on their own, and reporting words ("said", "according"). A language the
 * detector reports but Lucene has no list for (Polish, Ukrainian, Chinese, Japanese, Korean) gets the
 * English lists, which at least catch quoted English, and its own function words where {@code news-words.txt}
 * has them (Polish and Ukrainian, from stopwords-iso).
 */
final class Stopwords {

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> TITLES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> NEWS_ONLY = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Set<String>>> NEWS_WORDS = loadNewsWords();

    private Stopwords() {}

    /** The languages with a list of their own (others fall back to English). */
    static Set<String> languages() {
        return FunctionWords.languages();
    }

    static Set<String> forLanguage(String lang) {
        return cached(CACHE, known(lang), Stopwords::build);
    }

    /** People's titles and honorifics of the language, lower case ("president", "mr", "chancellor"). */
    static Set<String> titles(String lang) {
        return cached(TITLES, known(lang), l -> {
            Set<String> words =
                    new HashSet<>(NEWS_WORDS.getOrDefault(l, Map.of()).getOrDefault("title", Set.of()));
            if (borrowsEnglish(l)) {
                words.addAll(titles("en"));
            }
            return Set.copyOf(words);
        });
    }

    /** The words of {@code news-words.txt} other than function words: titles, reporting, time, number. */
    static Set<String> newsWords(String lang) {
        return cached(NEWS_ONLY, known(lang), l -> {
            Set<String> words = new HashSet<>();
            NEWS_WORDS.getOrDefault(l, Map.of()).forEach((kind, set) -> {
                if (!"function".equals(kind)) {
                    words.addAll(set);
                }
            });
            if (borrowsEnglish(l)) {
                words.addAll(newsWords("en"));
            }
            return Set.copyOf(words);
        });
    }

    /**
     * A language's set, built once; not by {@code computeIfAbsent}, as a language without a list of its own is built
     * from English's, which may not be cached yet.
     */
    private static Set<String> cached(
            Map<String, Set<String>> cache, String lang, Function<String, Set<String>> build) {
        Set<String> set = cache.get(lang);
        if (set == null) {
            set = build.apply(lang);
            Set<String> raced = cache.putIfAbsent(lang, set);
            return raced == null ? set : raced;
        }
        return set;
    }

    /** A language Lucene has no list for keeps English's too: quoted English, titles and reporting words. */
    private static boolean borrowsEnglish(String lang) {
        return !"en".equals(lang) && !FunctionWords.languages().contains(lang);
    }

    private static String known(String lang) {
        String key = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        if ("no".equals(key)) {
            return "nb";
        }
        return FunctionWords.languages().contains(key) || NEWS_WORDS.containsKey(key) ? key : "en";
    }

    private static Set<String> build(String lang) {
        Set<String> words = new HashSet<>(FunctionWords.of(lang));
        if (borrowsEnglish(lang)) {
            words.addAll(forLanguage("en"));
        }
        Locale locale = Locale.forLanguageTag(lang);
        for (Month m : Month.values()) {
            words.add(m.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale));
            words.add(m.getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            words.add(d.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale));
        }
        NEWS_WORDS.getOrDefault(lang, Map.of()).values().forEach(words::addAll);
        return Set.copyOf(words);
    }

    /** {@code news-words.txt}: lines "lang kind word word ..."; kinds are "title" and "reporting". */
    private static Map<String, Map<String, Set<String>>> loadNewsWords() {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        try (InputStream in = Stopwords.class.getResourceAsStream("news-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("news-words.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.strip().split("\\s+");
                if (line.startsWith("#") || f.length < 3) {
                    continue;
                }
                Set<String> set =
                        out.computeIfAbsent(f[0], k -> new HashMap<>()).computeIfAbsent(f[1], k -> new HashSet<>());
                for (int i = 2; i < f.length; i++) {
                    set.add(f[i].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
