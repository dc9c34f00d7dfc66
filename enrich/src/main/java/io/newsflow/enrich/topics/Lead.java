package io.newsflow.enrich.topics;

/**
 * What the topic model reads: the title and the lead (first paragraphs), cut to about
 * {@value #MAX_WORDS} words. News puts its topic up front, and the model's cost grows with length
 * (texts past its 256-token window are split and averaged, which also blurs the topic).
 */
final class Lead {

    static final int MAX_WORDS = 80;

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
