package io.newsflow.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
 * The function words of a language ("the", "und", "les", ...), lower case, from the lists Lucene's analyzers ship
 * (maintained upstream, not typed here); for English Snowball's list, which Lucene carries, joined with Lucene's own
 * short set. One home for them: key phrases must not start or end with them, and they confirm a page's declared
 * language cheaply. Polish, Ukrainian, Chinese, Japanese and Korean have no list: {@link #of} gives them none.
 */
public final class FunctionWords {

    private static final Map<String, Supplier<CharArraySet>> LUCENE = Map.ofEntries(
            Map.entry("en", FunctionWords::english),
            Map.entry("de", GermanAnalyzer::getDefaultStopSet),
            Map.entry("fr", FrenchAnalyzer::getDefaultStopSet),
            Map.entry("es", SpanishAnalyzer::getDefaultStopSet),
            Map.entry("it", ItalianAnalyzer::getDefaultStopSet),
            Map.entry("pt", PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("nl", DutchAnalyzer::getDefaultStopSet),
            Map.entry("sv", SwedishAnalyzer::getDefaultStopSet),
            Map.entry("da", DanishAnalyzer::getDefaultStopSet),
            Map.entry("nb", NorwegianAnalyzer::getDefaultStopSet),
            Map.entry("fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("ru", RussianAnalyzer::getDefaultStopSet),
            Map.entry("cs", CzechAnalyzer::getDefaultStopSet),
            Map.entry("tr", TurkishAnalyzer::getDefaultStopSet),
            Map.entry("ar", ArabicAnalyzer::getDefaultStopSet));

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> FRENCH_ELIDED = strings(FrenchAnalyzer.DEFAULT_ARTICLES);

    private FunctionWords() {}

    /** The ISO 639-1 codes that have a list ("nb" for Norwegian, as the detector reports it). */
    public static Set<String> languages() {
        return LUCENE.keySet();
    }

    /** The language's function words, lower case; empty for a language without a list. */
    public static Set<String> of(String lang) {
        Supplier<CharArraySet> lucene = LUCENE.get(lang);
        if (lucene == null) {
            return Set.of();
        }
        return CACHE.computeIfAbsent(lang, l -> strings(lucene.get()));
    }

    /**
     * What the language elides before an apostrophe, lower case: French's articles and pronouns ("l", "d", "qu"),
     * as Lucene's French analyzer lists them; empty for other languages.
     */
    public static Set<String> elided(String lang) {
        return "fr".equals(lang) ? FRENCH_ELIDED : Set.of();
    }

    private static Set<String> strings(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object w : set) {
            words.add(w instanceof char[] chars ? new String(chars) : String.valueOf(w));
        }
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
}
