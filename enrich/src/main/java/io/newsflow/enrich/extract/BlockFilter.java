package io.newsflow.enrich.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drops paragraphs that are not body text even inside the article: link-only lines ("Read also: ..."),
 * photo credits, and the headline itself (the title is reported separately).
 */
final class BlockFilter {
    private static final int CAPTION_MAX = 300;
    private final DomHints hints;

    BlockFilter(DomHints hints) {
        this.hints = hints;
    }

    List<Block> filter(List<Block> blocks, String title, Map<String, Integer> removed) {
        List<Block> out = new ArrayList<>(blocks.size());
        String titleKey = key(title);
        boolean seenBody = false;
        for (Block b : blocks) {
            String kind = null;
            // List items in the article stay: link lists were pruned as a whole, single items are often "see also"
            // content.
            if (b.linkDensity() > 0.5 && !b.kind().equals("pre") && !b.kind().equals("li")) kind = "link-line";
            // Credit patterns bound their own length; 300 lets in a caption written as a paragraph that ends with its
            // credit.
            else if ((b.kind().equals("caption") || b.text().length() < CAPTION_MAX) && hints.isCredit(b.text()))
                kind = "credit";
            else if (!seenBody && b.kind().startsWith("h") && titleKey != null && isTitle(key(b.text()), titleKey))
                kind = "title";
            if (kind != null) {
                removed.merge(kind, 1, Integer::sum);
                continue;
            }
            if (b.kind().equals("p") && b.text().length() > 80) seenBody = true;
            out.add(b);
        }
        return out;
    }

    private static boolean isTitle(String text, String title) {
        return text.equals(title)
                || (text.length() > 15 && title.startsWith(text))
                || (title.length() > 15 && text.startsWith(title));
    }

    static String key(String s) {
        if (s == null || s.isBlank()) return null;
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("[\\s\\p{Punct}“”‘’«»]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
