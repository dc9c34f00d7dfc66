package io.newsflow.enrich.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * How the page's paragraph text (blocks of 50+ characters, little of it link text) is shared out among
 * elements. Chrome selectors match class names by substring, and CMSs write content state and taxonomy
 * into class lists ("node--promoted", "steady-paywall-container", "category-latest-news", a theme's
 * "entry share"): an element holding most of the page's paragraphs is the article whatever its class says.
 */
final class ProseShare {
    /** Share of the page's paragraph text above which an element is the article. */
    private static final double MOST = 0.6;

    private static final int MIN_PARAGRAPH = 50, MIN_TEXT = 500;
    private static final Evaluator FORM = QueryParser.parse("form"); // parsed once

    private final Map<Element, Integer> good;
    private final int total;

    private ProseShare(Map<Element, Integer> good, int total) {
        this.good = good;
        this.total = total;
    }

    static ProseShare of(Element body) {
        Map<Element, Integer> good = new IdentityHashMap<>();
        int total = 0;
        for (CandidateScorer.TextBlock b : CandidateScorer.textBlocks(body)) {
            if (b.length() < MIN_PARAGRAPH || b.linkChars() * 4 >= b.length()) continue;
            total += b.length();
            int hops = 0;
            for (Element a = b.block(); a != null && hops++ < 200; a = a.parent())
                good.merge(a, b.length(), Integer::sum);
        }
        return new ProseShare(good, total);
    }

    /** A sign-up box with its consent prose can outweigh a short article; a form marks it as not the article. */
    boolean holdsMost(Element e) {
        int g = good.getOrDefault(e, 0);
        return g >= MIN_TEXT && g >= MOST * total && e.selectFirst(FORM) == null;
    }
}
