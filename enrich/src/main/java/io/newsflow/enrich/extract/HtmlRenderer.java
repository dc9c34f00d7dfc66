package io.newsflow.enrich.extract;

import java.util.List;
import org.jsoup.nodes.Entities;

/** Renders paragraphs as clean, minimal HTML: p, h2..h6, ul/li, blockquote, pre, figcaption. */
final class HtmlRenderer {

    String render(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        int openList = 0;
        for (Block b : blocks) {
            if (openList != 0 && b.listId() != openList) {
                sb.append("</ul>\n");
                openList = 0;
            }
            String text = escape(b.text());
            switch (b.kind()) {
                case "li" -> {
                    if (openList == 0) {
                        sb.append("<ul>");
                        openList = b.listId() == 0 ? -1 : b.listId();
                    }
                    sb.append("<li>").append(text).append("</li>");
                }
                case "h1", "h2" -> sb.append("<h2>").append(text).append("</h2>\n");
                case "h3", "h4", "h5", "h6" ->
                    sb.append('<')
                            .append(b.kind())
                            .append('>')
                            .append(text)
                            .append("</")
                            .append(b.kind())
                            .append(">\n");
                case "quote" -> sb.append("<blockquote><p>").append(text).append("</p></blockquote>\n");
                case "pre" -> sb.append("<pre>").append(text).append("</pre>\n");
                case "caption" -> sb.append("<figcaption>").append(text).append("</figcaption>\n");
                default -> sb.append("<p>").append(text).append("</p>\n");
            }
        }
        if (openList != 0) sb.append("</ul>\n");
        return sb.toString();
    }

    /**
     * jsoup's escaping, which walks every code point through its encoder and entity tables: text with
     * none of the characters it changes (markup and quote characters, no-break space, control characters,
     * surrogates) is returned as it is, the rest goes to jsoup.
     */
    static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 0x7F
                    ? c >= ' '
                            ? c != '"' && c != '&' && c != '\'' && c != '<' && c != '>'
                            : c == '\t' || c == '\n' || c == '\r'
                    : c != '\u00A0' && !Character.isSurrogate(c);
            if (!plain) return Entities.escape(text);
        }
        return text;
    }
}
