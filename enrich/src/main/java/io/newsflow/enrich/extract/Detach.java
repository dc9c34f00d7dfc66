package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes many nodes in time linear in the page. Removing nodes one by one while walking makes jsoup
 * re-index the parent's children each time, which is quadratic on pages with 100 000 sibling
 * {@code <script>} tags; collecting them and rebuilding each parent's child list once is not.
 */
final class Detach {

    /** Below this many removals under one parent, plain removal is cheaper than a rebuild. */
    private static final int REBUILD_FROM = 16;

    private Detach() {}

    static void all(List<? extends Node> doomed) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Node n : doomed) {
            Node up = n.parentNode();
            Element parent = up instanceof Element el ? el : null;
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(n);
            }
        }
        for (Map.Entry<Element, Set<Node>> e : byParent.entrySet()) {
            Element parent = e.getKey();
            Set<Node> gone = e.getValue();
            if (gone.size() < REBUILD_FROM) {
                gone.forEach(Node::remove);
                continue;
            }
            List<Node> keep = new ArrayList<>(parent.childNodeSize() - gone.size());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    keep.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(keep);
        }
    }
}
