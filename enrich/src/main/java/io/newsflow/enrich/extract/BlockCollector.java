package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns containers into paragraphs in document order: every block element ends a paragraph, inline
 * elements join their text, a {@code <br>} pair ends a paragraph. Iterative (jsoup's traversor).
 */
final class BlockCollector {

    List<Block> collect(List<Element> containers) {
        Visitor v = new Visitor();
        for (Element c : containers) {
            NodeTraversor.traverse(v, c);
            v.flush();
        }
        return v.blocks;
    }

    private static final class Visitor implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder buf = new StringBuilder();
        private int linkChars, inPageChars, linkDepth, inPageDepth, preDepth, pendingBreaks;
        private final ArrayList<String> kinds = new ArrayList<>();
        private final ArrayList<Integer> lists = new ArrayList<>();
        private int nextListId = 1;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("br")) {
                lineBreak();
                return;
            }
            if (tag.equals("a")) {
                if (Tags.isInPageLink(e)) inPageDepth++;
                else linkDepth++;
            }
            if (tag.equals("pre")) preDepth++;
            if (Tags.isBlock(tag)) openBlock(tag);
            else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) space();
        }

        /** One {@code <br>} breaks the line; a second in a row ends the paragraph. */
        private void lineBreak() {
            if (++pendingBreaks >= 2) flush();
            else if (preDepth > 0) buf.append('\n');
            else space();
        }

        /** A block element ends the paragraph before it and gives its kind to the text inside it. */
        private void openBlock(String tag) {
            flush();
            String kind = kindOf(tag);
            String outer = kinds.isEmpty() ? "p" : kinds.get(kinds.size() - 1);
            // A paragraph inside a quote, list item or cell is still a quote, item or cell.
            kinds.add(kind.equals("p") && !outer.startsWith("h") ? outer : kind);
            if (tag.equals("ul") || tag.equals("ol")) lists.add(nextListId++);
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("a")) {
                if (Tags.isInPageLink(e)) inPageDepth--;
                else linkDepth--;
            }
            if (tag.equals("pre")) preDepth--;
            if (Tags.isBlock(tag)) {
                flush();
                if (!kinds.isEmpty()) kinds.remove(kinds.size() - 1);
                if ((tag.equals("ul") || tag.equals("ol")) && !lists.isEmpty()) lists.remove(lists.size() - 1);
            }
        }

        private void append(String s) {
            if (preDepth > 0) {
                buf.append(s);
                if (linkDepth > 0) linkChars += s.length();
                else if (inPageDepth > 0) inPageChars += s.length();
                pendingBreaks = 0;
                return;
            }
            int before = buf.length();
            // Runs of non-space are copied whole, not char by char: this sees every character of the article.
            for (int i = 0, n = s.length(); i < n; ) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    space();
                    i++;
                } else {
                    int j = i + 1;
                    while (j < n && !Character.isWhitespace(c = s.charAt(j)) && c != '\u00A0') j++;
                    buf.append(s, i, j);
                    pendingBreaks = 0;
                    i = j;
                }
            }
            if (linkDepth > 0) linkChars += buf.length() - before;
            else if (inPageDepth > 0) inPageChars += buf.length() - before;
        }

        private void space() {
            if (buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') buf.append(' ');
        }

        void flush() {
            pendingBreaks = 0;
            String text = preDepth > 0 ? buf.toString().strip() : buf.toString().strip();
            if (!text.isEmpty()) {
                String kind = kinds.isEmpty() ? "p" : kinds.get(kinds.size() - 1);
                int listId = kind.equals("li") && !lists.isEmpty() ? lists.get(lists.size() - 1) : 0;
                // A heading that links to itself or back to the table of contents is still a heading; a skip link is
                // not a paragraph.
                int links =
                        linkChars + (kind.startsWith("h") ? inPageChars * Tags.IN_PAGE_LINK_TENTHS / 10 : inPageChars);
                blocks.add(new Block(kind, text, Math.min(links, text.length()), listId));
            }
            buf.setLength(0);
            linkChars = 0;
            inPageChars = 0;
        }

        private static String kindOf(String tag) {
            return switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> tag;
                case "li", "dt", "dd" -> "li";
                case "blockquote" -> "quote";
                case "pre" -> "pre";
                case "td", "th" -> "cell";
                case "figcaption", "caption" -> "caption";
                default -> "p";
            };
        }
    }
}
