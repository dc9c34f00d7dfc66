package io.newsflow.enrich.topics;

/**
 * What the topic model reads: the title and the lead (first paragraphs), cut to about
 * {@value #MAX_WORDS} words, i.e. the headline and the first sentence or two. News puts its topic up
 * front (the inverted pyramid), and the model's cost grows with length: measured ~2-4 ms CPU for 10
 * words, ~7-9 ms for 60; the labelled check sets are headline + 1-2 sentences, the same diet.
 */
final class Lead {

    static final int MAX_WORDS = 48;

    private Lead() {}

    static String of(TagInput in) {
        StringBuilder sb = new StringBuilder();
        if (!in.title().isBlank()) {
            sb.append(in.title().strip());
            if (!in.title().strip().matches(".*[.!?]$")) {
                sb.append('.');
            }
        }
        int words = sb.length() == 0 ? 0 : sb.toString().split("\\s+").length;
        int paragraphs = 0;
        for (String para : in.text().split("\\n\\s*\\n|\\n")) {
            String p = para.strip();
            // Skip one-liners (captions, "Related", widget text) that are not the lead.
            if (p.split("\\s+").length < 8) {
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
