package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/** Reads a plain-text body: blank lines separate paragraphs (single lines when there are none); a headline-like first line is the title. */
final class PlainTextReader {

    private static final java.util.regex.Pattern MARKUP =
            java.util.regex.Pattern.compile("<\\s*[a-zA-Z!/?][^<>]{0,2000}>");

    record Parsed(String title, List<Block> blocks) {}

    Parsed read(String text) {
        String[] lines = text.split("\\R", -1);
        // Blank lines separate paragraphs only when one stands between two lines of text; the final
        // newline of a file (or leading/trailing blank lines) says nothing about how lines are grouped.
        boolean hasBlankLines = false;
        boolean seenText = false, blankAfterText = false;
        for (String l : lines) {
            if (l.isBlank()) {
                blankAfterText |= seenText;
            } else {
                if (blankAfterText) {
                    hasBlankLines = true;
                    break;
                }
                seenText = true;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String l : lines) {
            String s = l.strip().replaceAll("\\s+", " ");
            if (s.isEmpty() || !hasBlankLines) {
                if (!cur.isEmpty()) {
                    paragraphs.add(cur.toString());
                    cur.setLength(0);
                }
                if (s.isEmpty()) continue;
            }
            if (!cur.isEmpty()) cur.append(' ');
            cur.append(s);
        }
        if (!cur.isEmpty()) paragraphs.add(cur.toString());
        String title = null;
        if (paragraphs.size() > 1 && looksLikeTitle(paragraphs.get(0))) title = paragraphs.remove(0);
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) blocks.add(new Block("p", p, 0, 0));
        return new Parsed(title, blocks);
    }

    static boolean looksLikeTitle(String line) {
        int words = line.split("\\s+").length;
        return line.length() <= 200 && words <= 25 && !line.endsWith(".") && !line.endsWith(",") && !line.endsWith(";");
    }

    /** True when the body has no markup at all, so it is text whatever the transport said. */
    static boolean clearlyNotHtml(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        return !MARKUP.matcher(head).find();
    }
}
