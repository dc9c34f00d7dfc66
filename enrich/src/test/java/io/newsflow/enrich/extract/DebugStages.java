package io.newsflow.enrich.extract;

import io.newsflow.enrich.bench.DevSetPredictions;
import io.newsflow.enrich.chrome.ChromeSelectors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Prints each extraction stage for one page: DebugStages PATH.html.gz [lenient] */
public final class DebugStages {
    public static void main(String[] args) throws Exception {
        String html = new String(DevSetPredictions.gunzip(Path.of(args[0])), StandardCharsets.UTF_8);
        boolean strict = args.length < 2;
        DomHints hints = DomHints.load();
        Document doc = Jsoup.parse(html);
        System.out.println("removed: " + new DomCleaner(hints, ChromeSelectors.NONE).clean(doc, strict));
        NodeStats stats = NodeStats.of(doc.body());
        CandidateScorer.Scores all = new CandidateScorer(hints, strict).score(doc.body(), stats);
        Map<Element, Double> scores = all.score();
        scores.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> System.out.printf(
                        "%.1f %s.%s#%s text=%d ld=%.2f%n",
                        e.getValue(),
                        e.getKey().normalName(),
                        e.getKey().className(),
                        e.getKey().id(),
                        stats.get(e.getKey()).text,
                        stats.get(e.getKey()).linkDensity()));
        List<Element> containers = new ContentLocator().locate(doc.body(), all, stats);
        for (Element c : containers)
            System.out.println("container: " + c.normalName() + "." + c.className() + "#" + c.id());
        ConditionalCleaner cc = new ConditionalCleaner(hints, strict);
        for (Element c : containers) System.out.println("pruned " + cc.clean(c, scores, stats));
        for (Block b : new BlockCollector().collect(containers))
            System.out.println("  [" + b.kind() + " " + String.format("%.2f", b.linkDensity()) + "] " + b.text());
    }
}
