package io.newsflow.enrich.topics;

import java.util.regex.Pattern;

/**
 * What the topic model reads: the title and the lead (first paragraphs), cut to about
 * {@value #MAX_WORDS} words, i.e. the headline and the first sentence or two. News puts its topic up
 * front (the inverted pyramid), and the model's cost grows with length: measured ~2-4 ms CPU for 10
 * words, ~7-9 ms for 60; the labelled check sets are headline + 1-2 sentences, the same diet.
 */
final class Lead {

    static final int MAX_WORDS = 48;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’]?$");

    private Lead() {}

    /** Without a title, a text's first short line is usually its headline (how extractors lay it out). */
    private static String firstLineAsTitle(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                int words = l.split("\\s+").length;
                return words <= 20 && !SENTENCE_END.matcher(l).find() ? l : "";
            }
        }
        return "";
    }

    static String of(TagInput in) {
        StringBuilder sb = new StringBuilder();
        String title =
                in.title().isBlank() ? firstLineAsTitle(in.text()) : in.title().strip();
        if (!title.isBlank()) {
            sb.append(title);
            if (!title.matches(".*[.!?]$")) {
                sb.append('.');
            }
        }
        int words = sb.length() == 0 ? 0 : sb.toString().split("\\s+").length;
        int paragraphs = 0;
        for (String para : in.text().split("\\n\\s*\\n|\\n")) {
            String p = para.strip();
            // Lead paragraphs are sentences: skip one-liners ("Related", widget text), bylines ("... 2 min
            // read") and photo captions ("... (Name/Agency)"), which do not end like a sentence.
            if (p.split("\\s+").length < 8 || !SENTENCE_END.matcher(p).find() || p.equals(title)) {
                continue;
            }
            for (String w : p.split("\\s+")) {
                if (words >= MAX_WORDS) {
                    return sb.toString();
                }
                sb.append(sb.length() == 0 ? "" : " ").append(w);
                words++;
            }
            if (++paragraphs >= 2) {
                break;
            }
        }
        if (sb.length() == 0) {
            // Short texts made only of one-liners: take them as they are.
            String t = in.text().strip();
            return t.length() > 600 ? t.substring(0, 600) : t;
        }
        return sb.toString();
    }
}
