package io.newsflow.enrich.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a text with where they stand: sentence number, chunk (a run of words with no punctuation
 * between them, since a key phrase never spans a comma or a quote), and whether the word opens its
 * sentence (where a capital letter says nothing about being a name).
 */
final class Tokens {

    record Token(String surface, String lower, int sentence, int chunk, boolean sentenceStart) {

        boolean capitalised() {
            return Character.isUpperCase(surface.codePointAt(0));
        }

        boolean acronym() {
            if (surface.length() < 2) {
                return false;
            }
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?…])[\"'”’)]*\\s+|\\n+");
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-]*[\\p{L}\\p{N}\\p{M}])?");
    private static final Pattern JOINED_NAMES = Pattern.compile("-\\p{Lu}");

    private Tokens() {}

    /** All tokens of the text; sentence count is the last token's sentence + 1. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int sentence = 0;
        int chunk = 0;
        for (String s : SENTENCE.split(text)) {
            if (s.isBlank()) {
                continue;
            }
            Matcher m = WORD.matcher(s);
            int lastEnd = -1;
            boolean first = true;
            boolean breakNext = false;
            while (m.find()) {
                String gap = lastEnd < 0 ? "" : s.substring(lastEnd, m.start());
                if (breakNext || !gap.isBlank()) {
                    chunk++;
                }
                String w = m.group();
                // "China's top leader": the possessive ends the name, so the phrase stops there too.
                breakNext = w.endsWith("'s") || w.endsWith("’s");
                if (breakNext) {
                    w = w.substring(0, w.length() - 2);
                }
                // "Russia-Ukraine war" joins two names; split them, as separate chunks, so each counts.
                String[] parts = w.indexOf('-') > 0 && JOINED_NAMES.matcher(w).find() ? w.split("-") : new String[] {w};
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        chunk++;
                    }
                    if (!parts[k].isEmpty()) {
                        out.add(new Token(parts[k], parts[k].toLowerCase(Locale.ROOT), sentence, chunk, first));
                        first = false;
                    }
                }
                lastEnd = m.end();
            }
            sentence++;
            chunk++;
        }
        return out;
    }
}
