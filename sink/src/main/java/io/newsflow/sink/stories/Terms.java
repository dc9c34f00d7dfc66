package io.newsflow.sink.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an article into weighted terms: headline, the first 200 words of the body and the keywords,
 * lower-cased, stop words out and stemmed in the article's language by Lucene's analyzers
 * ({@link WordAnalysis}), so that "rates" meets "rate" and "cuts" meets "cut".
 * Headline terms weigh most because the headline is what every outlet writes about the event itself; the
 * body (half weight, sublinear counts downstream) adds the event's names and facts, and is long enough
 * that chrome left before the text does not make up the whole of it. Names weigh double: a capitalised
 * word inside a sentence, or a run of capitalised words as one term.
 */
public final class Terms {

    static final int LEAD_WORDS = 200;
    private static final double TITLE = 1.0;
    private static final double LEAD = 0.5;
    private static final double KEYWORD = 0.75;
    private static final double NAME = 2.0;

    private Terms() {}

    /** Term → raw weight (occurrences times field weight). */
    public static Map<String, Double> of(StoryInput in) {
        Map<String, Double> tf = new HashMap<>();
        String language = WordAnalysis.language(in.language());
        add(tf, in.title(), TITLE, Integer.MAX_VALUE, language);
        add(tf, in.text(), LEAD, LEAD_WORDS, language);
        for (String k : in.keywords()) {
            add(tf, k, KEYWORD, Integer.MAX_VALUE, language);
        }
        return tf;
    }

    private static void add(Map<String, Double> tf, String text, double weight, int maxWords, String language) {
        List<Token> tokens = tokens(text, maxWords);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int end = i;
            while (end + 1 < tokens.size()
                    && tokens.get(end + 1).capitalised()
                    && !tokens.get(end + 1).sentenceStart()
                    && t.capitalised()) {
                end++;
            }
            if (end > i) {
                // A run of capitalised words is one name ("Red Sea", "Red Bull", "Bank of England" aside):
                // the run weighs as a name, its words as plain words, so a shared first word is not a shared name.
                StringBuilder name = new StringBuilder();
                for (int k = i; k <= end; k++) {
                    Token w = tokens.get(k);
                    name.append(k == i ? "" : "_").append(w.word());
                    String stem = WordAnalysis.stem(w.word(), language);
                    if (stem != null) {
                        tf.merge(stem, weight, Double::sum);
                    }
                }
                tf.merge(name.toString(), weight * NAME, Double::sum);
                i = end;
            } else {
                // A capitalised word inside a sentence is a name (person, place, body): names tell two
                // earthquakes or two rate decisions apart better than any other word.
                String stem = WordAnalysis.stem(t.word(), language);
                boolean isName = t.capitalised() && !t.sentenceStart();
                if (stem != null) {
                    tf.merge(stem, weight * (isName ? NAME : 1.0), Double::sum);
                }
            }
        }
    }

    private record Token(String word, boolean capitalised, boolean sentenceStart) {}

    private static List<Token> tokens(String text, int maxWords) {
        String orig = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String norm = orig.toLowerCase(Locale.ROOT);
        List<Token> out = new ArrayList<>();
        int start = -1;
        boolean sentenceStart = true;
        for (int i = 0; i <= norm.length() && out.size() < maxWords; i++) {
            char c = i < norm.length() ? norm.charAt(i) : ' ';
            boolean keep = Character.isLetterOrDigit(c) || (start >= 0 && isDecimalPoint(norm, i, c));
            if (keep && start < 0) {
                start = i;
            } else if (!keep && start >= 0) {
                String w = norm.substring(start, i);
                if (w.length() > 1) {
                    out.add(new Token(w, Character.isUpperCase(orig.charAt(start)), sentenceStart));
                }
                start = -1;
                sentenceStart = false;
            }
            if (endsClause(c)) {
                sentenceStart = start < 0 || c != '.';
            }
        }
        return out;
    }

    /** 6.1 and 5.25% stay one token: magnitudes and rates tell events apart. */
    private static boolean isDecimalPoint(String norm, int i, char c) {
        return c == '.'
                && i + 1 < norm.length()
                && Character.isDigit(norm.charAt(i + 1))
                && Character.isDigit(norm.charAt(i - 1));
    }

    private static boolean endsClause(char c) {
        return c == '.' || c == ':' || c == '?' || c == '!' || c == '\n';
    }
}
