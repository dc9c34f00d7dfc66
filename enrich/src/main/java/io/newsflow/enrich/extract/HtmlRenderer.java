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
            String text = Entities.escape(b.text());
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
}
