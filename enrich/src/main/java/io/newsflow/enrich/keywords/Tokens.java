package io.newsflow.enrich.keywords;

import io.newsflow.enrich.text.UnicodeCategories;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a text with where they stand: sentence number, chunk (a run of words with no punctuation
 * between them, since a key phrase never spans a comma or a quote), whether the word opens its
 * sentence (where a capital letter says nothing about being a name), and whether its line looks like
 * page furniture rather than prose (see {@link #furniture}).
 */
final class Tokens {

    /**
     * {@code furniture}: the word stands on a line of page furniture. {@code headline}: on a line in Title
     * Case, where a capital says nothing about being a name ("Obama Defends Military Action"). {@code
     * capitalised}: written with a capital that may mark a name; a German common noun has its capital by rule
     * and is not ({@link ProperNouns}).
     */
    record Token(
            String surface,
            String lower,
            int sentence,
            int chunk,
            boolean sentenceStart,
            boolean furniture,
            boolean headline,
            boolean capitalised) {

        /** Its first letter is a capital, whatever that says. */
        boolean upperInitial() {
            return Tokens.upperInitial(surface);
        }

        /** The same word where it stands, spelled otherwise ("Merkels" as "Merkel"). */
        Token spelled(String other) {
            return new Token(
                    other, Tokens.lower(other), sentence, chunk, sentenceStart, furniture, headline, capitalised);
        }

        /** The same word, read as a common noun: its capital says nothing about being a name. */
        Token asCommonNoun() {
            return new Token(surface, lower, sentence, chunk, sentenceStart, furniture, headline, false);
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

    // A period after a title or an initial ("Mr. Putin", "George W. Bush") does not end the sentence.
    private static final Pattern SENTENCE = Pattern.compile(
            "(?<=[.!?…])(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Prof|Lt|Col|Jr|Sr|vs)\\.)(?<!\\b\\p{Lu}\\.)"
                    + "[\"'”’)]*\\s+");
    // Lines shorter than this that do not end as a sentence does are labels, buttons or links.
    private static final int SHORT_LINE_WORDS = 5;
    // A line is in Title Case when at least this many of its longer words, and 4 in 5 of them, are capitalised.
    private static final int TITLE_CASE_WORDS = 3;
    private static final int LONG_WORD = 4;
    // "READ MORE: ...", "WATCH: ...": a capitalised label before a colon opens a link or a video, not prose.
    private static final Pattern LABEL = Pattern.compile("\\s*\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*\\s*:");
    private static final Pattern JOINED_NAMES = Pattern.compile("-\\p{Lu}");

    private Tokens() {}

    /** All tokens of the text; sentence count is the last token's sentence + 1. */
    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int[] counters = new int[2];
        Set<String> alone = JOINED_NAMES.matcher(text).find() ? wordsAlone(text) : Set.of();
        for (String line : text.split("\n")) {
            Matcher label = LABEL.matcher(line);
            if (label.lookingAt()) {
                line(line.substring(0, label.end()), new boolean[] {true, false}, out, counters, alone);
                line = line.substring(label.end());
            }
            if (!line.isBlank()) {
                line(line, new boolean[] {furniture(line), titleCase(line)}, out, counters, alone);
            }
        }
        return out;
    }

    /** The words of the text that stand without a hyphen, lower case. */
    private static Set<String> wordsAlone(String text) {
        Set<String> words = new HashSet<>();
        for (int start = nextWord(text, 0), end; start >= 0; start = nextWord(text, end)) {
            end = wordEnd(text, start);
            String w = text.substring(start, end);
            if (w.indexOf('-') < 0) {
                words.add(lower(possessive(w) ? w.substring(0, w.length() - 2) : w));
            }
        }
        return words;
    }

    /** "China's", "Putin’s": the possessive ends a name, and the name is the word without it. */
    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    /**
     * "Russia-Ukraine war" joins two names that the story also names alone: split, so each counts. "Etats-Unis",
     * "Coca-Cola" and "Jumbo-Visma" are one name: its parts never stand alone.
     */
    private static String[] parts(String w, Set<String> alone) {
        if (w.indexOf('-') <= 0 || !JOINED_NAMES.matcher(w).find()) {
            return new String[] {w};
        }
        String[] parts = w.split("-");
        for (String part : parts) {
            if (!part.isEmpty() && !alone.contains(lower(part))) {
                return new String[] {w};
            }
        }
        return parts;
    }

    /**
     * A line of page furniture ("Subscribe", "Read more", "Sign up", "MORE NEWS", "* indicates required"):
     * no sentence ending and either short or all in capitals. A story's own words rarely stand only there.
     */
    static boolean furniture(String line) {
        String s = line.strip();
        if (s.isEmpty() || ".!?…:;\"'”’)".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        int words = 0;
        boolean lower = false;
        for (int start = nextWord(s, 0), end; start >= 0; start = nextWord(s, end)) {
            end = wordEnd(s, start);
            String w = s.substring(start, end);
            words++;
            lower |= !w.equals(w.toUpperCase(Locale.ROOT));
        }
        return words < SHORT_LINE_WORDS || !lower;
    }

    /** Title Case: a char scan rather than the word pattern, since every line of every article is asked. */
    static boolean titleCase(String line) {
        int words = 0;
        int capitalised = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && inWord(line.charAt(i))) {
                i++;
            }
            if (i - start >= LONG_WORD) {
                words++;
                capitalised += Character.isUpperCase(line.charAt(start)) ? 1 : 0;
            }
        }
        return capitalised >= TITLE_CASE_WORDS && capitalised * 5 >= words * 4;
    }

    /**
     * Where the next word starts, at or after {@code from}, or -1: a word is what the pattern
     * {@code [\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}'’\\-]*[\\p{L}\\p{N}\\p{M}])?} finds, matched here by hand (a regex
     * match per word was a fifth of key phrases' time).
     */
    static int nextWord(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp) || UnicodeCategories.number(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The end of the word starting at {@code start}: the last letter, digit or mark of its run of word characters. */
    static int wordEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        for (int i = end; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean solid = Character.isLetter(cp) || UnicodeCategories.number(cp) || UnicodeCategories.mark(cp);
            if (!solid && cp != '\'' && cp != '’' && cp != '-') {
                break;
            }
            i += Character.charCount(cp);
            if (solid) {
                end = i;
            }
        }
        return end;
    }

    /** What a word lets inside it, by char (enough for Title Case): letters, digits, marks, apostrophes, hyphens. */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\''
                || c == '’'
                || c == '-';
    }

    /**
     * The tokens with an elided article or pronoun cut off their front ("l’État" is "État", "c’est" is "est"):
     * what stands before the apostrophe is one of {@code elided}, lower case.
     */
    static List<Token> withoutElisions(List<Token> tokens, Set<String> elided) {
        if (elided.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            int apostrophe = t.lower().indexOf('\'');
            if (apostrophe > 0
                    && apostrophe < t.lower().length() - 1
                    && elided.contains(t.lower().substring(0, apostrophe))) {
                out.add(new Token(
                        t.surface().substring(apostrophe + 1),
                        t.lower().substring(apostrophe + 1),
                        t.sentence(),
                        t.chunk(),
                        t.sentenceStart(),
                        t.furniture(),
                        t.headline(),
                        upperInitial(t.surface().substring(apostrophe + 1))));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** A word as written: capitalised when its first letter is a capital. */
    static boolean upperInitial(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * The word in lower case with a typographic apostrophe as a straight one: "I’m" and "don’t" are the "i'm" and
     * "don't" of the stop lists, and "O’Brien" and "O'Brien" are one name.
     */
    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static void line(String text, boolean[] kind, List<Token> out, int[] counters, Set<String> alone) {
        int sentence = counters[0];
        int chunk = counters[1];
        for (String s : SENTENCE.split(text)) {
            if (s.isBlank()) {
                continue;
            }
            int lastEnd = -1;
            boolean first = true;
            boolean breakNext = false;
            for (int start = nextWord(s, 0); start >= 0; start = nextWord(s, lastEnd)) {
                int end = wordEnd(s, start);
                if (breakNext || (lastEnd >= 0 && !s.substring(lastEnd, start).isBlank())) {
                    chunk++;
                }
                String w = s.substring(start, end);
                // "China's top leader": the possessive ends the name, so the phrase stops there too.
                breakNext = possessive(w);
                if (breakNext) {
                    w = w.substring(0, w.length() - 2);
                }
                String[] parts = parts(w, alone);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        chunk++;
                    }
                    if (!parts[k].isEmpty()) {
                        out.add(new Token(
                                parts[k],
                                lower(parts[k]),
                                sentence,
                                chunk,
                                first,
                                kind[0],
                                kind[1],
                                upperInitial(parts[k])));
                        first = false;
                    }
                }
                lastEnd = end;
            }
            sentence++;
            chunk++;
        }
        counters[0] = sentence;
        counters[1] = chunk;
    }
}
