package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the article container from candidate scores, then takes in siblings that look like more of the
 * same article (a lead in its own div, a second body part after an ad slot) — Readability's procedure.
 */
final class ContentLocator {

    /** The chosen container(s) in document order; empty when nothing scored. */
    List<Element> locate(Element body, CandidateScorer.Scores all, NodeStats stats) {
        Map<Element, Double> scores = all.score();
        if (scores.isEmpty()) return List.of();
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();

        top = commonAncestorOfRivals(top, topScore, ranked, body);
        top = climbWhileParentScoresHigher(top, scores, body);
        top = joinSameClassParts(top, all, stats, body);
        top = widenToFullArticle(top, all, stats, body);
        if (!isAncestor(body, top)) top = body; // never leave the body (scores can reach <html>)
        while (top != body
                && top.parent() != null
                && top.parent() != body
                && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        if (top == body || top.parent() == null) return List.of(top);
        return withSiblings(top, scores.getOrDefault(top, topScore), all, stats);
    }

    /** When several near-top candidates live under one ancestor, the article is that ancestor. */
    private static Element commonAncestorOfRivals(
            Element top, double topScore, List<Map.Entry<Element, Double>> ranked, Element body) {
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() / topScore >= 0.75)
                rivals.add(ranked.get(i).getKey());
        }
        if (rivals.size() < 3) return top;
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            int inside = 0;
            for (Element r : rivals) if (isAncestor(a, r)) inside++;
            if (inside >= 3) return a;
        }
        return top;
    }

    /**
     * Long articles are often cut into several wrappers with the body's class name (one per section
     * or per block of the CMS). When other candidates share the top's class, take their closest common
     * ancestor, provided it is mostly made of real paragraphs.
     */
    private static Element joinSameClassParts(Element top, CandidateScorer.Scores all, NodeStats stats, Element body) {
        String cls = top.className();
        if (cls.isBlank()) return top;
        Element lca = top;
        int parts = 1;
        for (Element e : all.score().keySet()) {
            if (e == top || !cls.equals(e.className()) || all.good(e) < 100) continue;
            lca = commonAncestor(lca, e);
            if (lca == null || lca == body) return top;
            parts++;
        }
        if (parts < 2 || lca == top) return top;
        NodeStats.Stats s = stats.get(lca);
        return all.good(lca) >= 0.6 * s.text && s.linkDensity() < 0.25 ? lca : top;
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
        int hops = 0;
        for (Element x = a; x != null && hops++ < 300; x = x.parent()) up.add(x);
        hops = 0;
        for (Element y = b; y != null && hops++ < 300; y = y.parent()) if (up.contains(y)) return y;
        return null;
    }

    /**
     * The best-scoring block can be one part of the article (a table, the second half after a
     * figure). Climb while the ancestor adds a good share of real paragraphs and little else.
     */
    private static Element widenToFullArticle(Element top, CandidateScorer.Scores all, NodeStats stats, Element body) {
        Element cur = top, kept = top;
        for (int level = 0; level < 4 && cur != body && cur.parent() != null && cur.parent() != body; level++) {
            Element a = cur.parent();
            int good = all.good(cur), extraGood = all.good(a) - good;
            int extraText = stats.get(a).text - stats.get(cur).text;
            int extraLink = stats.get(a).link - stats.get(cur).link;
            // Widen when the ancestor adds real paragraphs, few links, and short lines (captions, subheads) only around
            // them.
            // A lead or standfirst in a header branch of its own adds little text, but nearly all of it paragraphs.
            boolean smallAndPure =
                    extraText <= WIDEN_SMALL * stats.get(cur).text && extraGood >= WIDEN_SMALL_PURITY * extraText;
            if ((extraGood >= WIDEN_MIN_SHARE * Math.max(good, 1) || smallAndPure)
                    && extraGood >= WIDEN_PURITY * extraText
                    && extraLink <= WIDEN_MAX_LINK * extraText) kept = cur = a;
            else if (extraText == 0) kept = cur = a;
            // A wrapper that adds next to nothing but whose name sank its score (a "read more" toggle around
            // the rest of the story) is climbed through, but taken only if an ancestor above it widens.
            else if (extraText <= WIDEN_TRANSPARENT * stats.get(cur).text
                    && all.score().getOrDefault(a, 0.0) < all.score().getOrDefault(cur, 0.0) / 3) cur = a;
            else break;
        }
        return kept;
    }

    /** A sibling joins when it has this much paragraph text, absolute and relative to the top candidate. */
    private static final double SIBLING_MIN_GOOD = 100, SIBLING_SHARE = 0.05;
    /** An ancestor is taken when it adds this share of paragraph text, mostly paragraphs and few links. */
    private static final double WIDEN_MIN_SHARE = 0.2, WIDEN_PURITY = 0.6, WIDEN_MAX_LINK = 0.15;
    /** An ancestor that adds at most this share of text may widen when that text is this pure. */
    private static final double WIDEN_SMALL = 0.1, WIDEN_SMALL_PURITY = 0.7;
    /** An ancestor that adds at most this share of text is a plain wrapper that climbing may pass through. */
    private static final double WIDEN_TRANSPARENT = 0.02;

    private static Element climbWhileParentScoresHigher(Element top, Map<Element, Double> scores, Element body) {
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > last) return p;
            last = ps;
        }
        return top;
    }

    private static List<Element> withSiblings(
            Element top, double topScore, CandidateScorer.Scores all, NodeStats stats) {
        double threshold = Math.max(10, topScore * 0.2);
        double minGood = Math.max(SIBLING_MIN_GOOD, SIBLING_SHARE * all.good(top));
        List<Element> out = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            NodeStats.Stats st = stats.get(sibling);
            if (sibling == top
                    || scoresNearTheTop(top, sibling, topScore, all.score().get(sibling), threshold)
                    || isMoreOfTheArticle(sibling, all.good(sibling), st, minGood)
                    || isProseParagraph(sibling, st)) out.add(sibling);
        }
        return out;
    }

    /** A sibling scoring near the top joins; one with the top's class name gets a bonus. */
    private static boolean scoresNearTheTop(
            Element top, Element sibling, double topScore, Double score, double threshold) {
        if (score == null) return false;
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
        return score + bonus >= threshold;
    }

    /**
     * Articles split into sections by figures or ads: siblings made of real paragraphs. A sibling {@code <article>} is
     * another story (teaser, next article), not more of this one. Teaser lists (a link per short summary) are not
     * continuations either: one link per 300 characters is allowed.
     */
    private static boolean isMoreOfTheArticle(Element sibling, int good, NodeStats.Stats st, double minGood) {
        return !sibling.normalName().equals("article")
                && good >= minGood
                && st.linkDensity() < 0.3
                && st.links * 300 <= good;
    }

    /** A lone paragraph beside the article: long with few links, or a short link-free sentence. */
    private static boolean isProseParagraph(Element sibling, NodeStats.Stats st) {
        if (!sibling.normalName().equals("p")) return false;
        if (st.text > 80) return st.linkDensity() < 0.25;
        if (st.text <= 0 || st.link != 0) return false;
        String text = sibling.text();
        return text.endsWith(".") || text.contains(". ");
    }

    static boolean isAncestor(Element a, Element e) {
        if (a == e) return true;
        for (Element x = e.parent(); x != null; x = x.parent()) if (x == a) return true;
        return false;
    }
}
