package io.newsflow.enrich.extract;

import io.newsflow.enrich.chrome.ChromeSelectors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One pass of main-content extraction on a parsed page: clean, score, locate, prune, collect. The
 * strict pass trusts class/id names; the lenient pass (for pages where that leaves too little) does not.
 */
final class DomExtraction {
    record Result(List<Block> blocks, Map<String, Integer> removed, String method) {}

    private final DomHints hints;
    private final ChromeSelectors chromeSelectors;

    DomExtraction(DomHints hints, ChromeSelectors chromeSelectors) {
        this.hints = hints;
        this.chromeSelectors = chromeSelectors;
    }

    Result run(Document doc, boolean strict) {
        DomCleaner.Cleaned cleaned = new DomCleaner(hints, chromeSelectors).clean(doc, strict);
        Map<String, Integer> removed = new TreeMap<>(cleaned.removed());
        Element body = doc.body();
        NodeStats stats = cleaned.stats();
        CandidateScorer.Scores all = new CandidateScorer(hints, strict).score(body, stats);
        Map<Element, Double> scores = all.score();
        List<Element> containers = new ContentLocator().locate(body, all, stats);
        if (containers.isEmpty()) containers = List.of(body);
        int pruned = 0;
        ConditionalCleaner cleaner = new ConditionalCleaner(hints, strict);
        for (Element c : containers) pruned += cleaner.clean(c, scores, stats);
        if (pruned > 0) removed.merge("link-block", pruned, Integer::sum);
        List<Block> blocks = new BlockCollector().collect(containers);
        return new Result(blocks, removed, strict ? "dom-score" : "dom-score-lenient");
    }

    static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) n += b.text().length();
        return n;
    }
}
