package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Prunes boilerplate left inside the chosen container: link lists ("related", "most read"), share bars,
 * widget boxes, empty wrappers (Readability's "clean conditionally", plus link-heavy lists). Works
 * innermost-first so a removed child no longer counts against its parent.
 */
final class ConditionalCleaner {
    private static final Set<String> CHECKED =
            Set.of("form", "fieldset", "table", "ul", "ol", "div", "section", "aside", "dl", "figure");
    private static final Evaluator FIGURE = QueryParser.parse("figure"); // parsed once, not per element
    private final DomHints hints;
    private final boolean weighClasses;
    /** A negatively named wrapper is kept as the article body only past this length: bio and info boxes are shorter. */
    private static final int KEPT_BODY_MIN_TEXT = 1000;

    private static final double LIST_SHARE = 0.9;
    private Element container;
    private ProseShare prose;

    ConditionalCleaner(DomHints hints, boolean weighClasses) {
        this.hints = hints;
        this.weighClasses = weighClasses;
    }

    /**
     * Reuses the page's statistics when they are what a walk of the container would give: they are kept
     * exact through cleaning, but a walk from the container does not know of a link around it.
     */
    int clean(Element container, Map<Element, Double> scores, NodeStats pageStats) {
        return cleanWith(container, scores, insideLink(container) ? NodeStats.of(container) : pageStats);
    }

    private static boolean insideLink(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent())
            if (a.normalName().equals("a")) return true;
        return false;
    }

    private int cleanWith(Element container, Map<Element, Double> scores, NodeStats stats) {
        List<Element> all = new ArrayList<>(container.getAllElements());
        int removed = 0;
        prose = null;
        this.container = container;
        for (int i = all.size() - 1; i >= 1; i--) { // reverse document order: descendants first
            Element e = all.get(i);
            if (!CHECKED.contains(e.normalName()) || e.parent() == null) continue;
            NodeStats.Stats s = stats.get(e);
            if (shouldRemove(e, s, scores.getOrDefault(e, 0.0))) {
                for (Element a = e.parent(); a != null; a = a.parent()) {
                    stats.get(a).subtract(s);
                    if (a == container) break;
                }
                e.remove();
                removed++;
            }
        }
        return removed;
    }

    /** One of several same-class elements is an item of a series (the next story, a media block), however long. */
    private boolean holdsMostProse(Element e) {
        String cls = e.className();
        if (!cls.isEmpty() && container.getAllElements().stream().anyMatch(x -> x != e && cls.equals(x.className())))
            return false;
        if (prose == null) prose = ProseShare.of(container);
        return prose.holdsMost(e);
    }

    private boolean shouldRemove(Element e, NodeStats.Stats s, double score) {
        int weight = weighClasses ? hints.classWeight(e.className().toLowerCase(), e.id().toLowerCase()) : 0;
        if (isNamedBoilerplate(e, s, weight, score)) return true;
        if (s.commas >= 10) return false;
        String tag = e.normalName();
        // A wrapper made almost only of list items is judged as the list it holds (Readability's rule).
        if (isList(tag, s)) return s.linkDensity() > 0.5 && s.links >= 2;
        if (s.text == 0) return s.images == 0 && s.embeds == 0 || s.images > 2;
        boolean inFigure = tag.equals("figure") || e.closest(FIGURE) != null;
        return isNotProse(s, inFigure) || isLinkHeavy(s, weight) || isEmbedBox(s);
    }

    /**
     * A negative tag prior alone (lists) must not remove content; only names that say boilerplate do. But a wrapper
     * holding most of the article's prose ("read-more" around the rest of the story) stays.
     */
    private boolean isNamedBoilerplate(Element e, NodeStats.Stats s, int weight, double score) {
        return weight < 0 && weight + score < 0 && !(s.text >= KEPT_BODY_MIN_TEXT && holdsMostProse(e));
    }

    private static boolean isList(String tag, NodeStats.Stats s) {
        return tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || s.listText > LIST_SHARE * s.text;
    }

    /**
     * Readability's shape tests: a gallery (more images than paragraphs, outside a figure), a list or a form rather
     * than paragraphs, next to no text.
     */
    private static boolean isNotProse(NodeStats.Stats s, boolean inFigure) {
        int p = s.paragraphs;
        if (s.images > 1 && (double) p / s.images < 0.5 && !inFigure) return true;
        if (s.listItems - 100 > p) return true;
        if (s.inputs > p / 3) return true;
        return s.text < 25 && (s.images == 0 || s.images > 2) && !inFigure;
    }

    /** Mostly link text; a wrapper whose name says content is allowed more of it. */
    private static boolean isLinkHeavy(NodeStats.Stats s, int weight) {
        double density = s.linkDensity();
        if (weight < 25) return density > 0.2 && s.links >= 2;
        return density > 0.5;
    }

    /** An embed (a player, a post) with at most a caption, or several embeds. */
    private static boolean isEmbedBox(NodeStats.Stats s) {
        return (s.embeds == 1 && s.text < 75) || s.embeds > 1;
    }
}
