package io.newsflow.enrich.chrome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Says which lines of a text page are article and which are chrome, for any site. Stage 1 scores
 * each line from its {@link LineFeatures}; stage 2 reads those scores again beside the neighbours'
 * (jusText's context pass, learnt instead of hand-set). Both are boosted trees ({@link BoostedTrees});
 * the weights are data, {@code line-model.tsv}, written by {@code LineModelTrainer} (enrich test
 * sources) from text renditions of the dev pages; NOTES gives the command. Immutable, thread-safe.
 */
public final class LineClassifier {

    /** Stage 2 sees the line's features and these stage-1 scores around it. */
    static final List<String> CONTEXT = List.of(
            "p1",
            "p1-prev",
            "p1-next",
            "p1-window3",
            "p1-window6",
            "p1-max2",
            "p1-min2",
            "block-share",
            "in-best-block",
            "distance-to-best-block");

    /** Article-like rows (stage 1 over one half) further apart than this many rows are in two blocks. */
    private static final int BLOCK_GAP = 3;

    static final List<String> STAGE2_NAMES = stage2Names();

    /** Stage 1 over the features, then each later stage over the features and the stage before's scores. */
    private final List<BoostedTrees> stages;

    private final double threshold;

    LineClassifier(List<BoostedTrees> stages, double threshold) {
        this.stages = List.copyOf(stages);
        this.threshold = threshold;
    }

    public static LineClassifier defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final LineClassifier INSTANCE = load("line-model.tsv");
    }

    /** The probability that each line is article text; NaN for blank lines. */
    public double[] articleProbability(List<String> lines) {
        LineFeatures.Page page = LineFeatures.of(lines);
        double[][] x = page.x();
        double[] p = null;
        for (BoostedTrees stage : stages) {
            p = stage.margins(p == null ? x : stage2Rows(p, x));
            for (int i = 0; i < p.length; i++) p[i] = sigmoid(p[i]);
        }
        double[] out = new double[lines.size()];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < p.length; i++) out[page.line()[i]] = p[i];
        return out;
    }

    /** True for a line whose probability says article (false for NaN, a blank line). */
    public boolean isArticle(double probability) {
        return probability >= threshold;
    }

    /** Each row's features and the stage-1 scores around it, and where it sits among the page's blocks. */
    static double[][] stage2Rows(double[] p1, double[][] x) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < rows.length; i++) rows[i] = stage2Row(p1, i, x[i]);
        blockFeatures(p1, rows, x.length == 0 ? 0 : x[0].length + 7);
        return rows;
    }

    /**
     * The page's blocks: runs of rows that stage 1 calls article, no more than BLOCK_GAP rows apart, each
     * weighed by its summed scores. A row gets its block's weight as a share of the heaviest block's (0
     * outside every block), whether it lies within the heaviest block's span, and how many rows away from
     * it it is: the story is one block, and other stories' summaries after it are blocks of their own.
     */
    private static void blockFeatures(double[] p1, double[][] rows, int at) {
        List<Block> blocks = blocks(p1);
        if (blocks.isEmpty()) {
            for (double[] row : rows) row[at + 2] = 1;
            return;
        }
        Block top = blocks.get(0);
        for (Block b : blocks) if (b.weight > top.weight) top = b;
        for (Block b : blocks) {
            for (int i = b.first; i <= b.last; i++) rows[i][at] = b.weight / top.weight;
        }
        for (int i = 0; i < rows.length; i++) {
            int away = i < top.first ? top.first - i : Math.max(0, i - top.last);
            rows[i][at + 1] = away == 0 ? 1 : 0;
            rows[i][at + 2] = Math.log1p(Math.min(away, 50)) / Math.log(51);
        }
    }

    /** A run of article-like rows: its first and last row and its summed stage-1 scores. */
    private static final class Block {
        final int first;
        int last;
        double weight;

        Block(int first) {
            this.first = first;
            this.last = first;
        }
    }

    private static List<Block> blocks(double[] p1) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (int i = 0; i < p1.length; i++) {
            if (p1[i] < 0.5) continue;
            if (current == null || i - current.last > BLOCK_GAP + 1) {
                current = new Block(i);
                blocks.add(current);
            }
            current.last = i;
            current.weight += p1[i];
        }
        return blocks;
    }

    private static double[] stage2Row(double[] p1, int i, double[] features) {
        double[] row = Arrays.copyOf(features, features.length + CONTEXT.size());
        int k = features.length;
        int n = p1.length;
        row[k] = p1[i];
        row[k + 1] = i > 0 ? p1[i - 1] : -1;
        row[k + 2] = i + 1 < n ? p1[i + 1] : -1;
        row[k + 3] = mean(p1, i, 3);
        row[k + 4] = mean(p1, i, 6);
        double max = 0, min = 1;
        for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
            if (j == i) continue;
            max = Math.max(max, p1[j]);
            min = Math.min(min, p1[j]);
        }
        row[k + 5] = max;
        row[k + 6] = min;
        return row;
    }

    private static double mean(double[] p, int i, int reach) {
        double sum = 0;
        int count = 0;
        for (int j = Math.max(0, i - reach); j <= Math.min(p.length - 1, i + reach); j++) {
            if (j != i) {
                sum += p[j];
                count++;
            }
        }
        return count == 0 ? -1 : sum / count;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static LineClassifier load(String resource) {
        // The word table (and the stop-word lists it holds) loads with the model, at start-up, not inside the
        // first page's time budget.
        LineWords.defaults();
        try (InputStream in = LineClassifier.class.getResourceAsStream(ChromeFilter.RULES_DIR + resource)) {
            if (in == null) throw new IllegalStateException("line model missing: " + ChromeFilter.RULES_DIR + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line model " + resource, e);
        }
    }

    /** Reads {@code threshold <TAB> value} and the rows of each stage ({@code stage1}, {@code stage2}, …); # comments. */
    static LineClassifier parse(List<String> lines) {
        Map<Integer, List<String[]>> rows = new TreeMap<>();
        double threshold = Double.NaN;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f[0].equals("threshold")) threshold = Double.parseDouble(f[1]);
            else if (f[0].matches("stage[1-9]")) {
                rows.computeIfAbsent(f[0].charAt(5) - '0', k -> new ArrayList<>())
                        .add(Arrays.copyOfRange(f, 1, f.length));
            } else throw new IllegalArgumentException("line model: unknown row " + line);
        }
        if (Double.isNaN(threshold) || rows.size() < 2 || !rows.keySet().equals(stageNumbers(rows.size()))) {
            throw new IllegalArgumentException(
                    "line model lacks a threshold or a stage: retrain it (LineModelTrainer)");
        }
        List<BoostedTrees> stages = new ArrayList<>();
        rows.forEach((n, r) -> stages.add(BoostedTrees.parse(r, n == 1 ? LineFeatures.NAMES : STAGE2_NAMES)));
        return new LineClassifier(stages, threshold);
    }

    private static Set<Integer> stageNumbers(int count) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 1; i <= count; i++) out.add(i);
        return out;
    }

    String format(String header) {
        StringBuilder out = new StringBuilder(header)
                .append("threshold\t")
                .append(threshold)
                .append('\n');
        for (int i = 0; i < stages.size(); i++) {
            out.append(stages.get(i).format("stage" + (i + 1), i == 0 ? LineFeatures.NAMES : STAGE2_NAMES));
        }
        return out.toString();
    }

    private static List<String> stage2Names() {
        List<String> names = new ArrayList<>(LineFeatures.NAMES);
        names.addAll(CONTEXT);
        return List.copyOf(names);
    }
}
