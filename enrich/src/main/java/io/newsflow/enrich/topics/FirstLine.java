package io.newsflow.enrich.topics;

import java.util.regex.Pattern;

/** Without a title, a text's first short line is usually its headline (how extractors lay it out). */
final class FirstLine {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’]?$");
    private static final int MAX_WORDS = 20;

    private FirstLine() {}

    static String asTitle(String text) {
        for (String line : text.split("\n", 50)) {
            String l = line.strip();
            if (!l.isEmpty()) {
                int words = l.split("\\s+").length;
                return words <= MAX_WORDS && !SENTENCE_END.matcher(l).find() ? l : "";
            }
        }
        return "";
    }
}
