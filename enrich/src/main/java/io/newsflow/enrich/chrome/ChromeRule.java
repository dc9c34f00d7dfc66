package io.newsflow.enrich.chrome;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of a rule file: what to look for and which chrome kind it marks.
 *
 * @param kind    the chrome kind, named after its rule file
 * @param type    how {@code text} is compared with a line
 * @param text    the phrase, prefix or term in the form it is compared in, or the regex source
 * @param pattern compiled regex, for {@link Type#PATTERN} and {@link Type#TIMESTAMP} only
 * @param origin  file and line number, so a surprising removal can be traced to its rule
 */
record ChromeRule(String kind, Type type, String text, Pattern pattern, String origin) {

    enum Type {
        /** The whole line, folded ({@link LineText#key()}), equals the phrase. */
        PHRASE,
        /** Like PHRASE, and the line opens a block of this kind (see {@link ChromeBlock}). */
        HEADER,
        /** The line ({@link LineText#light()}, any case) starts with the text, at a word boundary. */
        PREFIX,
        /** The regex matches the whole line ({@link LineText#light()}, any case). */
        PATTERN,
        /** A pitch phrase found anywhere in the folded line; counted against the kind's min-terms. */
        TERM,
        /** The regex matches the whole line and the line is a feed time stamp ("3:44 PM", "2 hours ago"). */
        TIMESTAMP
    }

    @Override
    public String toString() {
        return origin + " " + type.name().toLowerCase(Locale.ROOT) + ": " + text;
    }
}
