package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * ISO 639-1 language of an article's text, by Lingua in low-accuracy mode (trigram models only, enough
 * for article-length text and far smaller in memory) over the 20 languages Newsflow meets most. The
 * declared language (html lang, og:locale) wins whenever the text does not clearly disagree, because
 * publishers are usually right and detectors wobble on short or mixed text. Thread-safe; the Lingua
 * models load once per process, lazily.
 */
public final class LanguageDetector {

    /** "und" (ISO 639-2 "undetermined") when neither the text nor the page tells. */
    public static final String UNKNOWN = "und";

    // Below this many letters a detector guesses; we then prefer the page's declaration.
    private static final int MIN_LETTERS = 20;
    private static final int SAMPLE = 300;
    // Lingua's confidences are relative (best = 1.0) and a clearly wrong language still scores ~0.55-0.6,
    // so the declared language is kept only when the text rates it nearly as high as its best guess.
    private static final double AGREE = 0.9;
    // A declaration the text's function words confirm skips Lingua (see functionWordsConfirm).
    private static final int CONFIRM_MIN_WORDS = 4;
    private static final double CONFIRM_MIN_SHARE = 0.15;
    private static final double CONFIRM_MARGIN = 2.0;
    // Close kin without a list of their own would pass for these (Polish for Czech, Ukrainian for Russian).
    private static final Set<String> UNLISTED_NEIGHBOUR = Set.of("cs", "ru");

    // Twenty languages: each one added costs detection time and memory on every article.
    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
        Language.PORTUGUESE, Language.DUTCH, Language.SWEDISH, Language.DANISH, Language.BOKMAL,
        Language.FINNISH, Language.POLISH, Language.CZECH, Language.RUSSIAN, Language.UKRAINIAN,
        Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN
    };

    private static final class Holder {
        static final com.github.pemistahl.lingua.api.LanguageDetector LINGUA = LanguageDetectorBuilder.fromLanguages(
                        LANGUAGES)
                .withLowAccuracyMode()
                .build();
    }

    /**
     * The ISO 639-1 codes of the languages told apart, lower case: the Lingua models a runnable jar must carry
     * (the app's shade configuration keeps only these).
     */
    public static List<String> languageCodes() {
        return Arrays.stream(LANGUAGES)
                .map(l -> l.getIsoCode639_1().name().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Detects the language of {@code text}; {@code declared} may be null or a tag like "en-GB". */
    public String detect(String text, String declared) {
        String decl = normalize(declared);
        String sample = sample(text);
        if (letters(sample) < MIN_LETTERS) {
            return decl != null ? decl : UNKNOWN;
        }
        if (decl != null && functionWordsConfirm(decl, sample)) {
            return decl;
        }
        SortedMap<Language, Double> confidence = Holder.LINGUA.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return decl != null ? decl : UNKNOWN;
        }
        Map.Entry<Language, Double> best = confidence.entrySet().iterator().next();
        for (Map.Entry<Language, Double> e : confidence.entrySet()) {
            if (e.getValue() > best.getValue()) {
                best = e;
            }
        }
        if (decl != null) {
            for (Map.Entry<Language, Double> e : confidence.entrySet()) {
                if (decl.equals(iso(e.getKey())) && e.getValue() >= AGREE * best.getValue()) {
                    return decl;
                }
            }
        }
        return iso(best.getKey());
    }

    /**
     * Whether the sample's own function words say it is in the declared language: at least {@value
     * #CONFIRM_MIN_WORDS} of its words, and {@value #CONFIRM_MIN_SHARE} of all, are the declared language's, and
     * {@value #CONFIRM_MARGIN} times as many as any other listed language's. Most pages declare their language
     * rightly, and this check costs a tenth of Lingua; a sample it does not confirm goes to Lingua as before.
     */
    static boolean functionWordsConfirm(String declared, String sample) {
        Set<String> own = FunctionWords.of(declared);
        if (own.isEmpty() || UNLISTED_NEIGHBOUR.contains(declared)) {
            return false;
        }
        List<String> words = words(sample);
        int mine = count(own, words);
        if (mine < CONFIRM_MIN_WORDS || mine < CONFIRM_MIN_SHARE * words.size()) {
            return false;
        }
        for (String other : FunctionWords.languages()) {
            if (!other.equals(declared) && mine < CONFIRM_MARGIN * count(FunctionWords.of(other), words)) {
                return false;
            }
        }
        return true;
    }

    private static int count(Set<String> functionWords, List<String> words) {
        int n = 0;
        for (String w : words) {
            if (functionWords.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Runs of letters, lower case. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    private static String iso(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** "en-GB", "EN_us", "en" to "en"; anything that is not a two-letter code to null. */
    static String normalize(String declared) {
        if (declared == null) {
            return null;
        }
        String primary = declared.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        if ("no".equals(primary)) {
            return "nb"; // Lingua reports Norwegian as Bokmål
        }
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    /**
     * The first ~{@value #SAMPLE} characters tell the language of an article as well as the whole text
     * (Lingua is reliable from ~120 characters) at a fraction of the cost, which grows with length.
     */
    private static String sample(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SAMPLE ? text : text.substring(0, SAMPLE);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
