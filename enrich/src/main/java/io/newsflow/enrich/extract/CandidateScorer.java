package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Scores containers by the paragraphs they hold (Readability's idea): every text block of 25+ characters
 * gives 1 + commas + length/100 (at most 3) to its parent, half to its grandparent and a third per level
 * beyond, up to five levels. Containers start from their tag and class/id weight and structured hints;
 * the final score is discounted by link density.
 */
final class CandidateScorer {
    private static final int MIN_PARAGRAPH = 25;
    private final DomHints hints;
    private final boolean weighClasses;

    CandidateScorer(DomHints hints, boolean weighClasses) {
        this.hints = hints;
        this.weighClasses = weighClasses;
    }

    /**
     * Final scores of all candidate containers, and each element's "good text": characters in
     * paragraph blocks of 50+ characters with little link text, which the locator uses to widen a
     * container that holds only part of the article.
     */
    record Scores(Map<Element, Double> score, Map<Element, Integer> goodText) {
        int good(Element e) {
            return goodText.getOrDefault(e, 0);
        }
    }

    Scores score(Element body, NodeStats stats) {
        Map<Element, Double> bonus = contentBonuses(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> good = new IdentityHashMap<>();
        for (TextBlock block : textBlocks(body)) {
            if (block.length < MIN_PARAGRAPH) continue;
            if (block.length >= 50 && block.linkChars * 4 < block.length) addGoodText(good, block);
            // A run of links (tag clouds, "kudos" lists) is not a paragraph, however many commas separate the links.
            if (block.linkChars * 2 > block.length) continue;
            scoreAncestors(scores, block, bonus);
        }
        scores.replaceAll((e, s) -> s * (1 - stats.get(e).linkDensity()));
        return new Scores(scores, good);
    }

    /** The structured hints' bonus of each element that has one. */
    private Map<Element, Double> contentBonuses(Element body) {
        Map<Element, Double> bonus = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            int b = hints.contentBonus(body, e);
            if (b != 0) bonus.put(e, (double) b);
        }
        return bonus;
    }

    /** A good paragraph's length counts for its block and every ancestor (a bounded walk). */
    private static void addGoodText(Map<Element, Integer> good, TextBlock block) {
        int hops = 0;
        for (Element a = block.block; a != null && hops++ < 200; a = a.parent())
            good.merge(a, block.length, Integer::sum);
    }

    /** Adds a paragraph's score to the element it scores from and its ancestors, five levels up, never {@code <html>}. */
    private void scoreAncestors(Map<Element, Double> scores, TextBlock block, Map<Element, Double> bonus) {
        double contentScore =
                (1 + block.commas + Math.min(3, block.length / 100.0)) * (1 - (double) block.linkChars / block.length);
        Element a = block.scoreFrom;
        for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
            if (a.normalName().equals("html")) break;
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.computeIfAbsent(a, k -> initial(k, bonus));
            scores.merge(a, contentScore / divider, Double::sum);
        }
    }

    private double initial(Element e, Map<Element, Double> bonus) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (weighClasses) s += hints.classWeight(e.className().toLowerCase(), e.id().toLowerCase());
        return s + bonus.getOrDefault(e, 0.0);
    }

    /** A run of inline text and the element whose ancestors it scores. */
    record TextBlock(Element block, Element scoreFrom, int length, int commas, int linkChars) {}

    /**
     * Splits the body into blocks of inline text. Text directly in a p/pre/td/heading scores from that
     * element's parent; loose text in a div (the "text in divs with br" pages) scores from the div itself.
     */
    static List<TextBlock> textBlocks(Element body) {
        List<TextBlock> out = new ArrayList<>();
        Map<Element, int[]> acc = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    int linkDepth;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e && e.normalName().equals("a")) linkDepth++;
                        if (!(node instanceof TextNode t) || t.isBlank()) return;
                        Element block = nearestBlock(t.parent());
                        if (block == null) return;
                        int[] a = acc.get(block);
                        if (a == null) {
                            a = new int[3];
                            acc.put(block, a);
                            order.add(block);
                        }
                        long counts = NodeStats.lengthAndCommas(t.getWholeText());
                        int len = (int) (counts >>> 32);
                        a[0] += len;
                        a[1] += (int) counts;
                        if (linkDepth > 0) a[2] += len;
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && e.normalName().equals("a")) linkDepth--;
                    }
                },
                body);
        for (Element block : order) {
            int[] a = acc.get(block);
            String tag = block.normalName();
            if (tag.equals("li")
                    || tag.equals("dt")
                    || tag.equals("dd")
                    || tag.equals("figcaption")
                    || tag.equals("caption")) continue;
            boolean paragraphLike = tag.equals("p")
                    || tag.equals("pre")
                    || tag.equals("td")
                    || Tags.HEADINGS.contains(tag)
                    || tag.equals("blockquote")
                    || !hasBlockChild(block);
            Element from = paragraphLike ? block.parent() : block;
            if (from != null) out.add(new TextBlock(block, from, a[0], a[1], a[2]));
        }
        return out;
    }

    static Element nearestBlock(Node n) {
        int hops = 0;
        // Bounded walk: pathological nesting must not make this quadratic.
        for (Node a = n; a != null && hops++ < 200; a = a.parentNode()) {
            if (a instanceof Element e && Tags.isBlock(e.normalName())) return e;
        }
        return null;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (Tags.isBlock(c.normalName())) return true;
        return false;
    }
}
