package io.newsflow.enrich.topics;

import io.newsflow.enrich.language.FunctionWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * English glosses of the words of a non-English article, so that what the model learnt from English news
 * ("stock exchange", "unemployment") also reads "Börse" and "chômage". Glossary {@value #RESOURCE}: one line
 * per word and language, {@code lang TAB word TAB english lemmas}, the English lemmas of the word's most
 * frequent senses in open wordnets linked to Princeton WordNet 3.0 (built by
 * {@code enrich/src/test/scripts/topics-data/glossary.py}; sources and licences in the README). Words are
 * matched by their Snowball stem, so "Aktien" finds "Aktie"; of the words that share a stem, the one the word begins
 * with is meant ({@link StemLexicon}). Thread-safe (read-only after load).
 */
final class Glossary {

    static final String RESOURCE = "glossary.tsv.gz";

    private static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.ofEntries(
            Map.entry("de", GermanStemmer::new),
            Map.entry("fr", FrenchStemmer::new),
            Map.entry("es", SpanishStemmer::new),
            Map.entry("pt", PortugueseStemmer::new),
            Map.entry("it", ItalianStemmer::new),
            Map.entry("nl", DutchStemmer::new),
            Map.entry("da", DanishStemmer::new),
            Map.entry("sv", SwedishStemmer::new),
            Map.entry("nb", NorwegianStemmer::new),
            Map.entry("fi", FinnishStemmer::new),
            Map.entry("ru", RussianStemmer::new),
            Map.entry("tr", TurkishStemmer::new),
            Map.entry("ar", ArabicStemmer::new));

    /** Languages of the detected twenty that write compounds as one word. */
    private static final Set<String> COMPOUNDING = Set.of("de", "nl", "sv", "da", "nb", "fi");

    /** The shortest word read as a compound, and the shortest parts. */
    private static final int MIN_COMPOUND = 8;

    private static final int MIN_HEAD = 4;
    private static final int MIN_MODIFIER = 3;

    /** Linking letters between a compound's parts ("Quartal-s-gewinn", "zonne-panelen"), the empty one first. */
    private static final List<String> LINKS = List.of("", "s", "e", "n", "en");

    private final Map<String, StemLexicon> byLanguage;
    private final SportNames names;

    private Glossary(Map<String, StemLexicon> byLanguage, SportNames names) {
        this.byLanguage = byLanguage;
        this.names = names;
    }

    /** The glossary of the jar, read once per process on first use (about a second, ~45 MB). */
    static Glossary shared() {
        return Shared.GLOSSARY;
    }

    private static final class Shared {
        private static final Glossary GLOSSARY = load();
    }

    static Glossary load() {
        SportNames names;
        try (InputStream raw = resource(SportNames.RESOURCE)) {
            names = SportNames.read(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SportNames.RESOURCE, e);
        }
        try (InputStream raw = resource(RESOURCE)) {
            return read(raw, names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic glossary " + RESOURCE, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream raw = Glossary.class.getResourceAsStream(name);
        if (raw == null) {
            throw new IllegalStateException("topic glossary resource " + name + " is missing from the jar");
        }
        return raw;
    }

    static Glossary read(InputStream raw, SportNames names) throws IOException {
        Map<String, Map<String, List<String>>> byStem = new HashMap<>(); // language to stem to words and glosses
        Map<String, SnowballStemmer> stemmers = new HashMap<>();
        Map<String, String> glosses = new HashMap<>(); // one copy of each gloss: many words share one
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    SnowballStemmer stemmer = stemmers.computeIfAbsent(f[0], Glossary::stemmer);
                    String gloss = glosses.computeIfAbsent(f[2], g -> g.replace('_', ' '));
                    StemLexicon.add(
                            byStem.computeIfAbsent(f[0], k -> new HashMap<>()), stem(stemmer, f[1]), f[1], gloss);
                }
            }
        }
        Map<String, StemLexicon> byLanguage = new HashMap<>();
        byStem.forEach((language, words) -> byLanguage.put(language, StemLexicon.of(words)));
        return new Glossary(byLanguage, names);
    }

    /**
     * The English glosses of {@code text}'s words in {@code language}, space-separated, up to {@code maxWords}
     * words read; empty for English, for a language without a glossary, and for function words.
     */
    String gloss(String text, String language, int maxWords) {
        StemLexicon words = language == null ? null : byLanguage.get(language);
        if (words == null || text.isEmpty()) {
            return "";
        }
        Set<String> function = FunctionWords.of(language);
        SnowballStemmer stemmer = stemmer(language);
        Map<String, String> seen = new HashMap<>(); // a word recurs: stem it once ("" = no gloss)
        StringBuilder out = new StringBuilder();
        int read = 0;
        int i = 0;
        while (i < text.length() && read < maxWords) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int name = names.read(text, start, out);
            if (name > 0) {
                i = name;
                read++;
                continue;
            }
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            read++;
            String word = text.substring(start, i).toLowerCase(Locale.ROOT); // only the words read
            if (word.length() < 3 || function.contains(word)) {
                continue;
            }
            String gloss = seen.computeIfAbsent(word, w -> lookUp(w, words, stemmer, language));
            if (!gloss.isEmpty()) {
                out.append(gloss).append(' ');
            }
        }
        return out.toString();
    }

    /**
     * The glosses of one word: its own entry, or, in a language that writes compounds as one word and has none
     * for it, those of its parts ("thuisnederlaag" reads "home" and "defeat", "Quartalsgewinn" "quarter" and
     * "profit"): the longest final part of at least {@value #MIN_HEAD} letters with an entry (a compound's head
     * says what it is), and the part before it, with or without a linking "s", "e", "n" or "en".
     */
    private static String lookUp(String word, StemLexicon words, SnowballStemmer stemmer, String language) {
        String own = words.gloss(word, stem(stemmer, word));
        if (own != null) {
            return own;
        }
        if (word.length() < MIN_COMPOUND || !COMPOUNDING.contains(language)) {
            return "";
        }
        for (int split = MIN_MODIFIER; split <= word.length() - MIN_HEAD; split++) {
            String head = words.gloss(word.substring(split), stem(stemmer, word.substring(split)));
            if (head != null) {
                String modifier = modifier(word.substring(0, split), words, stemmer);
                return modifier.isEmpty() ? head : modifier + " " + head;
            }
        }
        return "";
    }

    /** The glosses of a compound's first part, read as it is or without a linking letter or two; or none. */
    private static String modifier(String part, StemLexicon words, SnowballStemmer stemmer) {
        for (String link : LINKS) {
            if (part.endsWith(link) && part.length() - link.length() >= MIN_MODIFIER) {
                String bare = part.substring(0, part.length() - link.length());
                String gloss = words.gloss(bare, stem(stemmer, bare));
                if (gloss != null) {
                    return gloss;
                }
            }
        }
        return "";
    }

    /** A new stemmer for {@code language} (they keep state), or null where Snowball has none. */
    private static SnowballStemmer stemmer(String language) {
        Supplier<SnowballStemmer> stemmers = STEMMERS.get(language);
        return stemmers == null ? null : stemmers.get();
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        if (stemmer == null) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
