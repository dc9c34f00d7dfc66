package io.newsflow.enrich.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens pathological nesting: below {@link #MAX_DEPTH} an element keeps only its text. jsoup builds
 * trees of any depth, and every ancestor walk (scoring, selectors) would turn a 100 000-deep page
 * quadratic; real articles never nest this deep.
 */
final class DepthLimiter {
    static final int MAX_DEPTH = 256;

    private DepthLimiter() {}

    /** Returns how many subtrees were flattened. */
    static int limit(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= MAX_DEPTH && node instanceof Element e) {
                    tooDeep.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : tooDeep) {
            String text = e.wholeText();
            e.empty();
            e.appendText(text);
        }
        return tooDeep.size();
    }
}
