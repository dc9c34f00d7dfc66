package io.newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link statistics of every element under a root, computed in one iterative pass (no recursion,
 * so deep nesting cannot overflow the stack). Counts are characters of whitespace-collapsed text.
 */
final class NodeStats {
    /** Mutable per-element counters, aggregated over the element's subtree. */
    static final class Stats {
        int text, link, listText, commas, paragraphs, images, listItems, inputs, embeds, links;

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }

        void add(Stats o) {
            text += o.text;
            link += o.link;
            listText += o.listText;
            commas += o.commas;
            paragraphs += o.paragraphs;
            images += o.images;
            listItems += o.listItems;
            inputs += o.inputs;
            embeds += o.embeds;
            links += o.links;
        }

        void subtract(Stats o) {
            text -= o.text;
            link -= o.link;
            listText -= o.listText;
            commas -= o.commas;
            paragraphs -= o.paragraphs;
            images -= o.images;
            listItems -= o.listItems;
            inputs -= o.inputs;
            embeds -= o.embeds;
            links -= o.links;
        }
    }

    private static final Stats EMPTY = new Stats();
    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    static NodeStats of(Element root) {
        NodeStats s = new NodeStats();
        NodeTraversor.traverse(s.new Counter(), root);
        return s;
    }

    /**
     * Detaches elements and takes their counts off their ancestors, so the statistics stay exact without
     * another walk of the page. The elements must not contain one another.
     */
    void detach(List<? extends Element> doomed) {
        for (Element e : doomed) {
            Stats gone = stats.get(e);
            if (gone == null) continue;
            for (Element a = e.parent(); a != null; a = a.parent()) {
                Stats s = stats.get(a);
                if (s != null) s.subtract(gone);
            }
        }
        Detach.all(doomed);
    }

    Stats get(Element e) {
        Stats s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    /**
     * Keeps the counters of the open elements on a stack, so a text node adds to its parent's and a closed
     * element to its parent's without a map look-up: the walk visits every node of the page.
     */
    private final class Counter implements NodeVisitor {
        private int linkDepth, itemDepth;
        private final ArrayDeque<Stats> open = new ArrayDeque<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (t.parentNode() == null) return;
                Stats s = open.peek();
                long counts = lengthAndCommas(t.getWholeText());
                int len = (int) (counts >>> 32);
                s.text += len;
                if (linkDepth > 0) s.link += len;
                if (itemDepth > 0) s.listText += len;
                s.commas += (int) counts;
            } else if (node instanceof Element e) {
                Stats s = new Stats();
                stats.put(e, s);
                open.push(s);
                switch (e.normalName()) {
                    case "a" -> {
                        linkDepth++;
                        s.links++;
                    }
                    case "p" -> s.paragraphs++;
                    case "img", "picture" -> s.images++;
                    case "li" -> {
                        itemDepth++;
                        s.listItems++;
                    }
                    case "input", "select", "textarea", "button" -> s.inputs++;
                    case "embed", "object", "iframe" -> s.embeds++;
                    default -> {}
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.normalName().equals("a")) linkDepth--;
                if (e.normalName().equals("li")) itemDepth--;
                Stats s = open.pop();
                Node parent = e.parentNode();
                if (parent instanceof Element p) {
                    // The root's parent is outside the walk and gets a copy of the root's counts.
                    Stats ps = open.isEmpty() ? stats.computeIfAbsent(p, k -> new Stats()) : open.peek();
                    ps.add(s);
                }
            }
        }
    }

    /** Length of the whitespace-collapsed text in the high half, its commas (any script's) in the low half: one pass. */
    static long lengthAndCommas(String s) {
        int n = 0, commas = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ASCII above the space character is never whitespace: most text is decided by one comparison.
            if ((c <= ' ' || c >= 0x80) && (Character.isWhitespace(c) || c == '\u00A0')) {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
                if (c == ',' || c == '，' || c == '、' || c == '،') commas++;
            }
        }
        return (long) n << 32 | commas;
    }

    /**
     * {@code collapsedLength(root.wholeText())} without building the page's text: the same pieces (text nodes,
     * a line break per {@code <br>}) run through the same collapsing, carried across node boundaries.
     */
    static int collapsedWholeTextLength(Element root) {
        int[] state = {0, 1}; // length so far, 1 when the last character was a space (or at the start)
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode t) collapse(t.getWholeText(), state);
                    else if (node.nameIs("br")) collapse("\n", state);
                },
                root);
        return state[0];
    }

    private static void collapse(String s, int[] state) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (state[1] == 0) {
                    state[0]++;
                    state[1] = 1;
                }
            } else {
                state[0]++;
                state[1] = 0;
            }
        }
    }

    static int collapsedLength(String s) {
        return (int) (lengthAndCommas(s) >>> 32);
    }
}
