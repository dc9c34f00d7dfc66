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

/**
 * Trains {@code line-model.tsv}, the weights of {@link LineClassifier}, from text renditions of the dev
 * pages (render-dev-text.sh) labelled by aligning each line with the page's expected text: Readability's
 * articleBody (a line whose word 4-grams are mostly in it is article, one with few is chrome) and
 * trafilatura's snippets (a line inside a "with" snippet or holding one is article, the same with a
 * "without" snippet is chrome, others are left out). Only pages of half 0 (md5 of the id, last bit) are
 * read: half 1 stays unseen for the report.
 *
 * <pre>java -cp enrich/target/classes:enrich/target/test-classes:$(cat /tmp/enrich.cp) \
 *   io.newsflow.enrich.chrome.LineModelTrainer ../shared/extraction-dev /tmp/render \
 *   enrich/src/main/resources/io/newsflow/enrich/chrome/line-model.tsv</pre>
 */
public final class LineModelTrainer {

    private static final String[] RENDERERS = {"w3m", "lynx", "html2text"};

    record Example(double[] x, int y, double weight) {}

    record PageRows(LineFeatures.Page page, int[] labels, double[] weights) {}

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args[0]);
        Path render = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Gold gold = Gold.load(dev);
        List<PageRows> pages = new ArrayList<>();
        int[] counts = new int[2];
        for (String renderer : RENDERERS) {
            for (String id : gold.ids()) {
                if (half(id) != 0) continue;
                Path file = render.resolve(renderer).resolve(id + ".txt");
                if (!Files.isRegularFile(file)) continue;
                List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
                LineFeatures.Page page = LineFeatures.of(lines);
                int[] labels = new int[page.x().length];
                double[] weights = new double[labels.length];
                for (int r = 0; r < labels.length; r++) {
                    String line = lines.get(page.line()[r]);
                    labels[r] = gold.label(id, line);
                    weights[r] = 1 + Math.log1p(words(line));
                    if (labels[r] >= 0) counts[labels[r]]++;
                }
                pages.add(new PageRows(page, labels, weights));
            }
        }
        System.err.printf("pages %d, labelled lines: article %d, chrome %d%n", pages.size(), counts[1], counts[0]);
        List<Example> first = new ArrayList<>();
        for (PageRows p : pages) {
            for (int r = 0; r < p.labels().length; r++) {
                if (p.labels()[r] >= 0) first.add(new Example(p.page().x()[r], p.labels()[r], p.weights()[r]));
            }
        }
        double[] w1 = train(first, LineFeatures.SIZE, 1e-3, 600);
        List<Example> second = new ArrayList<>();
        for (PageRows p : pages) {
            double[] p1 = new double[p.labels().length];
            for (int r = 0; r < p1.length; r++)
                p1[r] = LineClassifier.sigmoid(dot(w1, p.page().x()[r]));
            for (int r = 0; r < p1.length; r++) {
                if (p.labels()[r] >= 0) {
                    second.add(new Example(
                            LineClassifier.stage2Row(p1, r, p.page().x()[r]), p.labels()[r], p.weights()[r]));
                }
            }
        }
        double[] w2 = train(second, LineClassifier.STAGE2.size(), 1e-3, 400);
        double threshold = bestThreshold(second, w2);
        String header = "# Line classifier weights (LineClassifier): logistic regression over LineFeatures, then over\n"
                + "# stage-1 scores in context. Written by LineModelTrainer from half 0 of the dev pages rendered\n"
                + "# by w3m, lynx and html2text; do not edit by hand, rebuild it (see NOTES / README).\n"
                + String.format(
                        Locale.ROOT,
                        "# trained on %d pages, %d article and %d chrome lines%n",
                        pages.size(),
                        counts[1],
                        counts[0]);
        Files.writeString(out, LineClassifier.format(w1, w2, threshold, header), StandardCharsets.UTF_8);
        System.err.println("wrote " + out + " threshold " + threshold);
    }

    /** Full-batch gradient descent on weighted log loss with a little L2, features already scaled to about [0,1]. */
    static double[] train(List<Example> data, int size, double l2, int rounds) {
        double[] w = new double[size];
        double[] m = new double[size], v = new double[size];
        double total = 0;
        for (Example e : data) total += e.weight();
        for (int t = 1; t <= rounds; t++) {
            double[] g = new double[size];
            for (Example e : data) {
                double err = (LineClassifier.sigmoid(dot(w, e.x())) - e.y()) * e.weight();
                for (int i = 0; i < size; i++) g[i] += err * e.x()[i];
            }
            // Adam: the features differ in scale and frequency, plain steps would crawl on the rare ones.
            for (int i = 0; i < size; i++) {
                double gi = g[i] / total + (i == 0 ? 0 : l2 * w[i]);
                m[i] = 0.9 * m[i] + 0.1 * gi;
                v[i] = 0.999 * v[i] + 0.001 * gi * gi;
                double mh = m[i] / (1 - Math.pow(0.9, t)), vh = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= 0.05 * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        return w;
    }

    /** The cut that maximises word-weighted line F1 on the training half. */
    static double bestThreshold(List<Example> data, double[] w) {
        double best = 0.5, bestF = -1;
        for (double t = 0.2; t <= 0.8; t += 0.02) {
            double tp = 0, fp = 0, fn = 0;
            for (Example e : data) {
                boolean keep = LineClassifier.sigmoid(dot(w, e.x())) >= t;
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

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    /** The split every dev-set report uses: tune on half 0, report half 1. */
    public static int half(String id) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(id.getBytes(StandardCharsets.UTF_8));
        return d[15] & 1;
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
                List<String> t = tokens(n.get("articleBody").asText());
                Set<String> grams = new HashSet<>();
                for (int k = 1; k <= 4; k++) {
                    for (int i = 0; i + k <= t.size(); i++) grams.add(String.join(" ", t.subList(i, i + k)));
                }
                sh.put(n.get("id").asText(), grams);
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

        private static int readabilityLabel(Set<String> grams, List<String> t) {
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
