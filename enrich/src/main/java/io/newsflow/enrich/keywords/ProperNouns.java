package io.newsflow.enrich.keywords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Which capitalised words of a German text are names. German capitalises every noun, so the capital that marks a
 * name in other languages marks "Regierung" and "Umsatz" too, and key phrases that list names first would list
 * nouns. A part-of-speech tagger tells a proper noun from a common one by its context (Apache OpenNLP's German
 * model, trained on the Universal Dependencies German GSD treebank). On the GermEval 2014 test sentences, 81 % of
 * the capitalised words inside a name the annotators marked are tagged proper nouns, and 10 % of the other
 * capitalised words.
 *
 * <p>The text's sentences are tagged in order up to {@value #MAX_TAGGED} words (the tagger costs ~4 µs a word, and
 * the names that matter stand in the first paragraphs); a word is a name where most of its tagged occurrences are
 * proper nouns. A capitalised word that only stands after that is read as a noun. A name in the genitive
 * ("Chinas") is read as the name first, so that both spellings count as one word.
 */
final class ProperNouns {

    private static final String MODEL = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
    private static final int MAX_TAGGED = 150;
    private static final int MAX_SENTENCE = 80;
    // "Roms" is Rome's; a shorter word is never read as a genitive.
    private static final int MIN_GENITIVE = 4;

    // A tagger keeps state (its context cache), so one per thread; making one costs ~0.2 ms, a third of the tagging.
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Holder.GERMAN));

    private ProperNouns() {}

    private static final class Holder {
        private static final POSModel GERMAN = load();

        private static POSModel load() {
            try (InputStream in = ProperNouns.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the German part-of-speech model is not on the class path: " + MODEL);
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the German part-of-speech model", e);
            }
        }
    }

    /** The language writes every noun with a capital (German; the only one the detector reports). */
    static boolean capitalisesNouns(String language) {
        return "de".equals(language);
    }

    /**
     * The tokens, with German common nouns' capitals marked as saying nothing and names in the genitive read as the
     * name; other languages' as they are. Tagging stops at the first sentence end after {@value #MAX_TAGGED} words,
     * or {@value #MAX_SENTENCE} words into a sentence that has none.
     */
    static List<Tokens.Token> mark(List<Tokens.Token> tokens, String language) {
        if (!capitalisesNouns(language) || tokens.isEmpty()) {
            return tokens;
        }
        List<Tokens.Token> words = withoutGenitives(tokens);
        Map<String, int[]> votes = votes(words, TAGGER.get());
        List<Tokens.Token> out = new ArrayList<>(words.size());
        for (Tokens.Token t : words) {
            int[] v = votes.get(t.lower());
            boolean name = v != null && v[0] * 2 > v[1];
            out.add(t.capitalised() && !name && !t.acronym() ? t.asCommonNoun() : t);
        }
        return out;
    }

    /**
     * A capitalised German word in the genitive ("Merkels", "Chinas", "des Instituts") read as the word itself where
     * the text also writes that without the s, capitalised inside a sentence (a noun or a name, not "alle" of
     * "Alles"): one name is listed once, not as "China" and "Chinas".
     */
    private static List<Tokens.Token> withoutGenitives(List<Tokens.Token> tokens) {
        Set<String> nouns = new HashSet<>();
        for (Tokens.Token t : tokens) {
            if (t.upperInitial() && !t.sentenceStart()) {
                nouns.add(t.lower());
            }
        }
        List<Tokens.Token> out = new ArrayList<>(tokens.size());
        for (Tokens.Token t : tokens) {
            String w = t.lower();
            boolean genitive = t.upperInitial()
                    && w.length() >= MIN_GENITIVE
                    && w.endsWith("s")
                    && nouns.contains(w.substring(0, w.length() - 1));
            out.add(genitive ? t.spelled(t.surface().substring(0, t.surface().length() - 1)) : t);
        }
        return out;
    }

    /** Per capitalised word, lower case: {times tagged a proper noun, times tagged}. */
    private static Map<String, int[]> votes(List<Tokens.Token> tokens, POSTaggerME tagger) {
        Map<String, int[]> votes = new HashMap<>();
        int start = 0;
        while (start < tokens.size() && start < MAX_TAGGED) {
            // A sentence is cut at MAX_SENTENCE words: the tagger copies the sentence for every word it tags, so a
            // text without full stops (a list, a hostile page) would cost the square of its length.
            int end = start;
            while (end < tokens.size()
                    && end < start + MAX_SENTENCE
                    && tokens.get(end).sentence() == tokens.get(start).sentence()) {
                end++;
            }
            List<Tokens.Token> sentence = tokens.subList(start, end);
            List<String> words = sentence.stream().map(Tokens.Token::surface).toList();
            List<String> tags = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                // The best tag given the words and the tags before it: a beam of one, which on the GermEval
                // sentences tags the capitalised words as the default beam of three does, in 60 % of its time.
                tags.add(tagger.getOrderedTags(words, tags, i)[0]);
                Tokens.Token t = sentence.get(i);
                if (t.capitalised()) {
                    int[] v = votes.computeIfAbsent(t.lower(), k -> new int[2]);
                    v[0] += "PROPN".equals(tags.get(i)) ? 1 : 0;
                    v[1]++;
                }
            }
            start = end;
        }
        return votes;
    }
}
