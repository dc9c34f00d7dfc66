package io.newsflow.enrich.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * Words that may not open or close a key phrase, per language. Function words come from the lists Lucene's
 * analyzers ship (maintained upstream, not typed here): for English Snowball's list, which Lucene carries,
 * joined with Lucene's own short English set. Day and month names come from the JDK's locale data (CLDR).
 * On top, {@code news-words.txt} holds what only news needs: people's titles ("President", "Mr"), which
 * {@link #titles} also gives on their own, and reporting words ("said", "according"). A language the
 * detector reports but Lucene has no list for (Polish, Ukrainian, Chinese, Japanese, Korean) gets the
 * English list, which at least catches quoted English.
 */
final class Stopwords {

    private static final Map<String, Supplier<CharArraySet>> LUCENE = Map.ofEntries(
            Map.entry("en", Stopwords::english),
            Map.entry("de", GermanAnalyzer::getDefaultStopSet),
            Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
            Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
            Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
            Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
            Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
            Map.entry("da", DanishAnalyzer::getDefaultStopSet),
            Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("no", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
            Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
            Map.entry("tr", TurkishAnalyzer::getDefaultStopSet),
            Map.entry("ar", ArabicAnalyzer::getDefaultStopSet));

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> TITLES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> NEWS_ONLY = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Set<String>>> NEWS_WORDS = loadNewsWords();

    private Stopwords() {}

    /** The languages with a list of their own (others fall back to English). */
    static Set<String> languages() {
        return LUCENE.keySet();
    }

    static Set<String> forLanguage(String lang) {
        return CACHE.computeIfAbsent(known(lang), Stopwords::build);
    }

    /** People's titles and honorifics of the language, lower case ("president", "mr", "chancellor"). */
    static Set<String> titles(String lang) {
        return TITLES.computeIfAbsent(
                known(lang),
                l -> Set.copyOf(NEWS_WORDS.getOrDefault(l, Map.of()).getOrDefault("title", Set.of())));
    }

    /** The words of {@code news-words.txt} other than function words: titles, reporting, time, number. */
    static Set<String> newsWords(String lang) {
        return NEWS_ONLY.computeIfAbsent(known(lang), l -> {
            Set<String> words = new HashSet<>();
            NEWS_WORDS.getOrDefault(l, Map.of()).forEach((kind, set) -> {
                if (!"function".equals(kind)) {
                    words.addAll(set);
                }
            });
            return Set.copyOf(words);
        });
    }

    private static String known(String lang) {
        String key = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        return LUCENE.containsKey(key) ? key : "en";
    }

    private static Set<String> build(String lang) {
        Set<String> words = new HashSet<>();
        for (Object w : LUCENE.get(lang).get()) {
            words.add(w instanceof char[] chars ? new String(chars) : String.valueOf(w));
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

    private static CharArraySet english() {
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
                Reader r = IOUtils.getDecodingReader(in, StandardCharsets.UTF_8)) {
            CharArraySet set = new CharArraySet(WordlistLoader.getSnowballWordSet(r), false);
            set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
