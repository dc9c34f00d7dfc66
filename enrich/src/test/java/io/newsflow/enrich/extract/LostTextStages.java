package io.newsflow.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.bench.DevSetPredictions;
import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.enrich.chrome.ChromeSelectors;
import io.newsflow.enrich.decode.PageDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For dev-set pages of one half (md5(id) % 2), tells at which stage each expected text that the output
 * misses was lost: not in the page text (0), DOM cleaning (1), outside the chosen container (2),
 * conditional cleaning (3), block collection (4), or the last filters (5). Readability lines count in words.
 * <pre>java -cp ... io.newsflow.enrich.extract.LostTextStages ../shared/extraction-dev 0 [id,id...]</pre>
 */
public final class LostTextStages {
    static String norm(String s) {
        return String.join(" ", s.toLowerCase().split("[^\\p{L}\\p{N}]+")).strip();
    }
    /** The split the dev-set work uses: look for failures on half 0, check changes on half 1. */
    static int half(String id) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(id.getBytes("UTF-8"));
        return d[15] & 1;
    }

    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        int wantHalf = Integer.parseInt(a[1]);
        Set<String> only = a.length > 2 ? new HashSet<>(Arrays.asList(a[2].split(","))) : null;
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (String l : Files.readAllLines(root.resolve("trafilatura-eval/snippets.jsonl"))) {
            JsonNode n = json.readTree(l);
            List<String> u = new ArrayList<>();
            n.get("with").forEach(w -> u.add(w.asText()));
            units.put(n.get("id").asText(), u);
        }
        for (String l : Files.readAllLines(root.resolve("readability/ground-truth.jsonl"))) {
            JsonNode n = json.readTree(l);
            List<String> u = new ArrayList<>();
            for (String p : n.get("articleBody").asText().split("\\n"))
                if (p.strip().split("\\s+").length >= 4) u.add(p.strip());
            units.put(n.get("id").asText(), u);
        }
        DomHints hints = DomHints.load();
        ChromeSelectors cs = ChromeSelectors.compile(ChromeFilter.defaults().selectors());
        Extractor ex = Extractor.withDefaults();
        PageDecoder dec = PageDecoder.defaults();
        Map<String, Integer> tally = new TreeMap<>();
        for (var e : units.entrySet()) {
            String id = e.getKey();
            if (half(id) != wantHalf || (only != null && !only.contains(id))) continue;
            Path p = root.resolve(
                    (id.startsWith("r-") ? "readability" : "trafilatura-eval") + "/html/" + id + ".html.gz");
            byte[] bytes = DevSetPredictions.gunzip(p);
            String html = dec.decode(bytes, null).text();
            Document doc = Jsoup.parse(html, "");
            DepthLimiter.limit(doc);
            String raw = norm(doc.body().text());
            DomCleaner.Cleaned cl = new DomCleaner(hints, cs).clean(doc, true);
            Element body = doc.body();
            String cleaned = norm(body.text());
            CandidateScorer.Scores all = new CandidateScorer(hints, true).score(body, cl.stats());
            List<Element> cont = new ContentLocator().locate(body, all, cl.stats());
            if (cont.isEmpty()) cont = List.of(body);
            StringBuilder sb = new StringBuilder();
            for (Element c : cont) sb.append(c.text()).append(' ');
            String inCont = norm(sb.toString());
            String contDesc = cont.get(0).normalName() + "." + cont.get(0).className() + "#"
                    + cont.get(0).id() + (cont.size() > 1 ? "+" + (cont.size() - 1) : "");
            ConditionalCleaner cc = new ConditionalCleaner(hints, true);
            for (Element c : cont) cc.clean(c, all.score(), cl.stats());
            sb = new StringBuilder();
            for (Element c : cont) sb.append(c.text()).append(' ');
            String afterCc = norm(sb.toString());
            sb = new StringBuilder();
            for (Block b : new BlockCollector().collect(cont))
                sb.append(b.text()).append(' ');
            String blocks = norm(sb.toString());
            String fin;
            try {
                fin = norm(ex.extract(new PageInput(null, bytes, "text/html", null))
                        .text());
            } catch (Exception x) {
                fin = "";
            }
            for (String u : e.getValue()) {
                String n = norm(u);
                if (n.isEmpty() || fin.contains(n)) continue;
                String stage = !raw.contains(n)
                        ? "0-notraw"
                        : !cleaned.contains(n)
                                ? "1-cleaner"
                                : !inCont.contains(n)
                                        ? "2-outside"
                                        : !afterCc.contains(n)
                                                ? "3-conditional"
                                                : !blocks.contains(n) ? "4-blocks" : "5-final";
                String coll = id.startsWith("r-") ? "R" : "T";
                tally.merge(coll + " " + stage, id.startsWith("r-") ? n.split(" ").length : 1, Integer::sum);
                System.out.printf(
                        "%s\t%s\t%s\t%s\t%s%n", coll, stage, id, contDesc, u.length() > 120 ? u.substring(0, 120) : u);
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY " + k + " " + v));
    }
}
