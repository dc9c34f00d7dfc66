package io.newsflow.enrich.chrome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains {@code line-model.tsv}, the weights of {@link LineClassifier}, from text renditions of the dev
 * pages (render-dev-text.sh) labelled by aligning each line with the page's expected text: Readability's
 * articleBody (a line whose word 4-grams are mostly in it is article, one with few is chrome) and
 * trafilatura's snippets (a line inside a "with" snippet or holding one is article, the same with a
 * "without" snippet is chrome, others are left out); with a fourth argument, the HTML path's output on the
 * same pages ({@code newsflow extract ../shared/extraction-dev}) labels the lines those leave out, at a
 * small weight. It also writes {@code line-words.tsv} beside the
 * model: the words' log-odds of article over chrome ({@link LineWords}), which the features read.
 *
 * <p>By default only pages of half 0 (md5 of the id, last bit) are read, so half 1 stays unseen for the
 * report; {@code -Dtrain.quarter=0} reads the half-0 pages whose md5 byte 14 is even (choices are scored on
 * the other quarter); {@code -Dtrain.halves=both} reads every page, which is how the shipped model is built
 * once half 1 has confirmed the choices.
 *
 * <pre>java -jar app/target/newsflow.jar extract ../shared/extraction-dev &gt; /tmp/html.jsonl
 * java -Dtrain.halves=both -cp enrich/target/classes:enrich/target/test-classes:app/target/newsflow.jar \
 *   io.newsflow.enrich.chrome.LineModelTrainer ../shared/extraction-dev /tmp/render \
 *   enrich/src/main/resources/io/newsflow/enrich/chrome/line-model.tsv /tmp/html.jsonl</pre>
 */
public final class LineModelTrainer {

    private static final String[] RENDERERS = {"w3m", "lynx", "html2text"};
    private static final int TREES = 120;
    private static final int DEPTH = 3;
    private static final double RATE = 0.15;

    /** Folds of the half-0 pages, by page id, so a page's three renditions always fall in one fold. */
    private static final int FOLDS = 4;

    /**
     * Stage 1, then a stage over its scores in context. A third stage over the second's scores scored lower
     * on half 0 (quarter vs quarter: 0.868 / 0.852 against 0.870 / 0.854).
     */
    private static final int STAGES = 2;

    /**
     * A word enters the table when it is on this share of the training pages at least: general words, no
     * site's strings. Chosen on half 0 alone (trained on a quarter, scored on the other): 1 % and 2 % of
     * pages scored alike and above 4.5 % and 9 %.
     */
    private static final double MIN_PAGE_SHARE = 0.02;

    /**
     * -Dtrain.halves=both trains on all dev pages: the shipped model, once the choices (made on half 0) are
     * confirmed on half 1 by a model trained on half 0 alone.
     */
    private static final boolean BOTH_HALVES = "both".equals(System.getProperty("train.halves"));

    record Example(double[] x, int y, double weight) {}

    /** One rendition: its lines, their labels and weights, its fold, and its features (set per fold). */
    static final class PageRows {
        final String id;
        final List<String> lines;
        final int[] labels;
        final double[] weights;
        final int fold;
        LineFeatures.Page page;

        PageRows(String id, List<String> lines, int[] labels, double[] weights, int fold) {
            this.id = id;
            this.lines = lines;
            this.labels = labels;
            this.weights = weights;
            this.fold = fold;
        }

        LineFeatures.Page page() {
            return page;
        }

        int[] labels() {
            return labels;
        }

        double[] weights() {
            return weights;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args[0]);
        Path render = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Path wordsOut = out.resolveSibling("line-words.tsv");
        // -Dtrain.quarter=0 trains on the half-0 pages whose md5 byte 14 is even only, so that choices can
        // be scored on the other quarter without touching half 1.
        String quarter = System.getProperty("train.quarter");
        Gold gold = Gold.load(dev);
        Map<String, Set<String>> teacher = teacher(args.length > 3 ? Path.of(args[3]) : null);
        List<PageRows> pages = new ArrayList<>();
        int[] counts = new int[2];
        for (String renderer : RENDERERS) {
            for (String id : gold.ids()) {
                byte[] d = md5(id);
                if ((d[15] & 1) != 0 && !BOTH_HALVES) continue;
                if (quarter != null && (d[14] & 1) != Integer.parseInt(quarter)) continue;
                Path file = render.resolve(renderer).resolve(id + ".txt");
                if (!Files.isRegularFile(file)) continue;
                List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) rows.add(i);
                int[] labels = new int[rows.size()];
                double[] weights = new double[labels.length];
                for (int r = 0; r < labels.length; r++) {
                    String line = lines.get(rows.get(r));
                    labels[r] = gold.label(id, line);
                    weights[r] = 1 + Math.log1p(words(line));
                    if (labels[r] < 0 && teacher.containsKey(id)) {
                        labels[r] = Gold.readabilityLabel(teacher.get(id), tokens(norm(line)));
                        weights[r] *= TEACHER_WEIGHT;
                    }
                    if (labels[r] >= 0) counts[labels[r]]++;
                }
                pages.add(new PageRows(id, lines, labels, weights, ((d[13] & 0xff) >> 2) % FOLDS));
            }
        }
        System.err.printf("pages %d, labelled lines: article %d, chrome %d%n", pages.size(), counts[1], counts[0]);
        // The word table is learnt from the pages' labels, so each fold's features come from a table
        // learnt on the other folds (as the shipped table meets pages it has not seen); the shipped table
        // is then learnt on all pages.
        for (int fold = 0; fold < FOLDS; fold++) {
            LineWords words = wordTable(pages, fold);
            for (PageRows p : pages) if (p.fold == fold) p.page = LineFeatures.of(p.lines, words);
        }
        LineWords shippedWords = wordTable(pages, -1);
        // Each later stage must learn from the scores of the stage before as they look on unseen pages:
        // each fold's scores come from that stage fitted on the other folds; the shipped stage is then
        // fitted on all pages.
        List<BoostedTrees> stages = new ArrayList<>();
        double[][] previous = null;
        List<Example> last = null;
        for (int stage = 0; stage < STAGES; stage++) {
            double[][][] rows = new double[pages.size()][][];
            for (int k = 0; k < rows.length; k++) {
                double[][] x = pages.get(k).page().x();
                rows[k] = previous == null ? x : LineClassifier.stage2Rows(previous[k], x);
            }
            double[][] scores = new double[pages.size()][];
            if (stage + 1 < STAGES) {
                for (int fold = 0; fold < FOLDS; fold++) {
                    BoostedTrees trees = fit(examples(pages, rows, fold));
                    for (int k = 0; k < pages.size(); k++) {
                        if (pages.get(k).fold == fold) scores[k] = scores(trees, rows[k]);
                    }
                }
            }
            last = examples(pages, rows, -1);
            stages.add(fit(last));
            previous = scores;
        }
        double threshold = bestThreshold(last, stages.get(STAGES - 1));
        String trained = String.format(
                Locale.ROOT,
                "# trained on %d renditions, %d article and %d chrome lines%n",
                pages.size(),
                counts[1],
                counts[0]);
        String header = "# Line classifier (LineClassifier): boosted trees over LineFeatures, then over the stage-1\n"
                + "# scores in context. Written by LineModelTrainer from half 0 of the dev pages rendered by w3m,\n"
                + "# lynx and html2text; do not edit by hand, rebuild it (command in LineModelTrainer's javadoc).\n"
                + trained;
        LineClassifier model = new LineClassifier(stages, threshold);
        Files.writeString(out, model.format(header), StandardCharsets.UTF_8);
        String wordsHeader =
                "# Line words (LineWords): each word's log-odds of an article line over a chrome line, for words\n"
                        + "# on at least " + Math.round(MIN_PAGE_SHARE * 100)
                        + " % of the training pages. Written by LineModelTrainer with line-model.tsv;\n"
                        + "# do not edit by hand.\n"
                        + trained;
        Files.writeString(wordsOut, shippedWords.format(wordsHeader), StandardCharsets.UTF_8);
        System.err.println(
                "wrote " + out + " threshold " + threshold + ", " + wordsOut + " " + shippedWords.size() + " words");
    }

    /**
     * Each word's smoothed log-odds of being in an article line rather than a chrome line, from the
     * labelled lines of the pages outside the fold (all pages for -1), for words on at least MIN_PAGES pages.
     */
    private static LineWords wordTable(List<PageRows> pages, int skipFold) {
        Map<String, double[]> lineCounts = new HashMap<>();
        Map<String, Set<String>> pagesOf = new HashMap<>();
        double[] totals = new double[2];
        for (PageRows p : pages) {
            if (p.fold == skipFold) continue;
            int r = 0;
            for (String line : p.lines) {
                if (line.isBlank()) continue;
                int label = p.labels[r++];
                if (label < 0) continue;
                totals[label]++;
                for (String t : new HashSet<>(LineFeatures.tokens(line))) {
                    lineCounts.computeIfAbsent(t, k -> new double[2])[label]++;
                    pagesOf.computeIfAbsent(t, k -> new HashSet<>()).add(p.id);
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (PageRows p : pages) if (p.fold != skipFold) ids.add(p.id);
        double minPages = Math.max(2, MIN_PAGE_SHARE * ids.size());
        Map<String, Double> table = new TreeMap<>();
        lineCounts.forEach((t, c) -> {
            if (pagesOf.get(t).size() < minPages) return;
            double odds = Math.log((c[1] + 1) / (totals[1] + 2)) - Math.log((c[0] + 1) / (totals[0] + 2));
            table.put(t, Math.max(-4, Math.min(4, Math.round(odds * 100) / 100.0)));
        });
        return LineWords.of(table);
    }

    /** The labelled rows of the pages outside the fold (all pages for -1). */
    private static List<Example> examples(List<PageRows> pages, double[][][] rows, int skipFold) {
        List<Example> out = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            PageRows p = pages.get(k);
            if (p.fold == skipFold) continue;
            for (int r = 0; r < p.labels().length; r++) {
                if (p.labels()[r] >= 0) out.add(new Example(rows[k][r], p.labels()[r], p.weights()[r]));
            }
        }
        return out;
    }

    private static double[] scores(BoostedTrees trees, double[][] rows) {
        double[] out = new double[rows.length];
        for (int r = 0; r < out.length; r++) out[r] = LineClassifier.sigmoid(trees.margin(rows[r]));
        return out;
    }

    static BoostedTrees fit(List<Example> rows) {
        double[][] x = new double[rows.size()][];
        int[] y = new int[x.length];
        double[] w = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = rows.get(i).x();
            y[i] = rows.get(i).y();
            w[i] = rows.get(i).weight();
        }
        return TreeBooster.fit(x, y, w, TREES, DEPTH, RATE);
    }

    /** The cut that maximises word-weighted line F1 on the training half. */
    static double bestThreshold(List<Example> data, BoostedTrees trees) {
        double best = 0.5, bestF = -1;
        for (double t = 0.2; t <= 0.8; t = Math.round((t + 0.02) * 100) / 100.0) {
            double tp = 0, fp = 0, fn = 0;
            for (Example e : data) {
                boolean keep = LineClassifier.sigmoid(trees.margin(e.x())) >= t;
                if (keep && e.y() == 1) tp += e.weight();
                else if (keep) fp += e.weight();
                else if (e.y() == 1) fn += e.weight();
            }
            double f = 2 * tp / Math.max(1e-9, 2 * tp + fp + fn);
            if (f > bestF) {
                bestF = f;
                best = t;
            }
        }
        System.err.printf(Locale.ROOT, "threshold %.2f: weighted line F1 %.3f on the training half%n", best, bestF);
        return best;
    }

    /**
     * How much a line labelled by the HTML path counts against one labelled by the expected text. Chosen on
     * half 0 alone (trained on a quarter, scored on the other): 0.05 and 0.1 gained on both metrics, 0.2
     * on snippets only, 0.5 lost on both.
     */
    private static final double TEACHER_WEIGHT = 0.05;

    /**
     * The HTML path's text of each dev page ({@code newsflow extract ../shared/extraction-dev}, JSON lines),
     * as word n-grams: lines the expected text leaves unlabelled (most lines of a trafilatura page, which
     * names only a few snippets) are labelled by it, at TEACHER_WEIGHT: what the DOM path knows, taught.
     */
    private static Map<String, Set<String>> teacher(Path file) throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        if (file == null) return out;
        ObjectMapper json = new ObjectMapper();
        for (String l : Files.readAllLines(file)) {
            JsonNode n = json.readTree(l);
            if (!n.hasNonNull("text")) continue;
            String name = Path.of(n.get("file").asText()).getFileName().toString();
            String id = name.substring(0, name.indexOf('.'));
            out.put(
                    id,
                    Gold.grams(n.path("title").asText("") + "\n" + n.get("text").asText()));
        }
        return out;
    }

    /** The split every dev-set report uses: tune on half 0, report half 1. */
    public static int half(String id) throws Exception {
        return md5(id)[15] & 1;
    }

    private static byte[] md5(String id) throws Exception {
        return MessageDigest.getInstance("MD5").digest(id.getBytes(StandardCharsets.UTF_8));
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    static String norm(String s) {
        return String.join(
                " ", s.replaceAll("(?<=\\p{L})_(?=\\p{L})", " ").strip().split("\\s+"));
    }

    /** The expected text of every dev page, in the two forms the collections give it. */
    record Gold(Map<String, Set<String>> shingles, Map<String, List<String>> with, Map<String, List<String>> without) {

        static Gold load(Path dev) throws Exception {
            ObjectMapper json = new ObjectMapper();
            Map<String, Set<String>> sh = new HashMap<>();
            for (String l : Files.readAllLines(dev.resolve("readability/ground-truth.jsonl"))) {
                JsonNode n = json.readTree(l);
                sh.put(n.get("id").asText(), grams(n.get("articleBody").asText()));
            }
            Map<String, List<String>> with = new HashMap<>(), without = new HashMap<>();
            for (String l : Files.readAllLines(dev.resolve("trafilatura-eval/snippets.jsonl"))) {
                JsonNode n = json.readTree(l);
                String id = n.get("id").asText();
                with.put(id, texts(n.get("with")));
                without.put(id, texts(n.get("without")));
            }
            return new Gold(sh, with, without);
        }

        /** The text's word 1- to 4-grams. */
        static Set<String> grams(String text) {
            List<String> t = tokens(text);
            Set<String> grams = new HashSet<>();
            for (int k = 1; k <= 4; k++) {
                for (int i = 0; i + k <= t.size(); i++) grams.add(String.join(" ", t.subList(i, i + k)));
            }
            return grams;
        }

        private static List<String> texts(JsonNode arr) {
            List<String> out = new ArrayList<>();
            arr.forEach(x -> out.add(norm(x.asText())));
            return out;
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>(shingles.keySet());
            ids.addAll(with.keySet());
            ids.sort(null);
            return ids;
        }

        /** 1 article, 0 chrome, -1 unknown. */
        int label(String id, String line) {
            Set<String> grams = shingles.get(id);
            if (grams != null) return readabilityLabel(grams, tokens(norm(line)));
            return snippetLabel(with.get(id), without.get(id), norm(line));
        }

        static int readabilityLabel(Set<String> grams, List<String> t) {
            if (t.isEmpty()) return 0;
            if (t.size() < 4) {
                if (!grams.contains(String.join(" ", t))) return 0;
                return t.size() >= 2 ? 1 : -1;
            }
            int in = 0, all = 0;
            for (int i = 0; i + 4 <= t.size(); i++, all++)
                if (grams.contains(String.join(" ", t.subList(i, i + 4)))) in++;
            double share = in / (double) all;
            return share >= 0.5 ? 1 : share < 0.2 ? 0 : -1;
        }

        private static int snippetLabel(List<String> with, List<String> without, String line) {
            boolean good = overlaps(with, line), bad = overlaps(without, line);
            return good == bad ? -1 : good ? 1 : 0;
        }

        private static boolean overlaps(List<String> snippets, String line) {
            if (line.length() < 4) return false;
            for (String s : snippets) {
                if (line.contains(s) || (line.length() >= 15 && s.contains(line))) return true;
            }
            return false;
        }
    }
}
