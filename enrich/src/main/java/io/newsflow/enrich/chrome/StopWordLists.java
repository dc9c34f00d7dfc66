package io.newsflow.enrich.chrome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Stop words of many languages, as Lucene's analyzers ship them (maintained lists, not typed here).
 * Each word maps to the set of languages it is a stop word in, as bits, so one pass over a page finds
 * the language whose stop words it uses most, and a line's stop-word density is then counted in that
 * language alone, as jusText does.
 */
final class StopWordLists {

    private static final List<Supplier<CharArraySet>> LISTS = List.of(
            EnglishAnalyzer::getDefaultStopSet,
            GermanAnalyzer::getDefaultStopSet,
            FrenchAnalyzer::getDefaultStopSet,
            SpanishAnalyzer::getDefaultStopSet,
            ItalianAnalyzer::getDefaultStopSet,
            PortugueseAnalyzer::getDefaultStopSet,
            DutchAnalyzer::getDefaultStopSet,
            DanishAnalyzer::getDefaultStopSet,
            SwedishAnalyzer::getDefaultStopSet,
            NorwegianAnalyzer::getDefaultStopSet,
            FinnishAnalyzer::getDefaultStopSet,
            RussianAnalyzer::getDefaultStopSet,
            BulgarianAnalyzer::getDefaultStopSet,
            CzechAnalyzer::getDefaultStopSet,
            HungarianAnalyzer::getDefaultStopSet,
            RomanianAnalyzer::getDefaultStopSet,
            TurkishAnalyzer::getDefaultStopSet,
            GreekAnalyzer::getDefaultStopSet,
            ArabicAnalyzer::getDefaultStopSet,
            PersianAnalyzer::getDefaultStopSet,
            HindiAnalyzer::getDefaultStopSet,
            CatalanAnalyzer::getDefaultStopSet,
            BasqueAnalyzer::getDefaultStopSet,
            GalicianAnalyzer::getDefaultStopSet,
            IrishAnalyzer::getDefaultStopSet,
            EstonianAnalyzer::getDefaultStopSet,
            LatvianAnalyzer::getDefaultStopSet,
            LithuanianAnalyzer::getDefaultStopSet,
            ArmenianAnalyzer::getDefaultStopSet,
            IndonesianAnalyzer::getDefaultStopSet);

    static final int LANGUAGES = LISTS.size();

    private static final Map<String, Long> LANGUAGES_OF = load();

    private StopWordLists() {}

    /**
     * Every stop word (lower case) with bit i set for each language i it is a stop word in. The line
     * classifier reads them from one table with its learnt words ({@link LineWords}): one look-up a token.
     */
    static Map<String, Long> languagesOfWords() {
        return LANGUAGES_OF;
    }

    private static Map<String, Long> load() {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < LISTS.size(); i++) {
            long bit = 1L << i;
            for (Object w : LISTS.get(i).get()) {
                String word = w instanceof char[] chars ? new String(chars) : String.valueOf(w);
                out.merge(word, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(out);
    }
}
