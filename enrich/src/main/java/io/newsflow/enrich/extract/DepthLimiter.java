package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Flattens pathological nesting: below {@link #MAX_DEPTH} an element keeps only its text. jsoup builds
 * trees of any depth, and every ancestor walk (scoring, selectors) would turn a 100 000-deep page
 * quadratic; real articles never nest this deep. In the same walk, class and id values are cut to
 * {@link #MAX_NAMES} characters: every class selector and name pattern scans them, many times per element.
 */
final class DepthLimiter {
    static final int MAX_DEPTH = 256;
    static final int MAX_NAMES = 1000;

    private DepthLimiter() {}

    private static void capNames(Element el) {
        if (el.attributesSize() == 0) return;
        for (String name : new String[] {"class", "id"}) {
            String value = el.attr(name);
            if (value.length() > MAX_NAMES) el.attr(name, value.substring(0, MAX_NAMES));
        }
    }

    /** Returns how many subtrees were flattened. */
    static int limit(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        // Elements only, iteratively: the walk runs on every page, and only elements are flattened, so text nodes need
        // no visit.
        Element el = root;
        int depth = 0;
        while (el != null) {
            Element next = null;
            capNames(el);
            if (depth >= MAX_DEPTH) tooDeep.add(el);
            else next = el.firstElementChild();
            if (next != null) {
                depth++;
                el = next;
                continue;
            }
            while (el != root && (next = el.nextElementSibling()) == null) {
                el = el.parent();
                depth--;
            }
            el = el == root ? null : next;
        }
        for (Element e : tooDeep) {
            String text = e.wholeText();
            e.empty();
            e.appendText(text);
        }
        return tooDeep.size();
    }
}
