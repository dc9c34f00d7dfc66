package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sum of small complete binary regression trees over named features (gradient boosting on log
 * loss): the margin is {@code base + Σ tree(x)}. Each tree is stored as one row of {@code line-model.tsv}:
 * its splits in breadth-first order as {@code feature<=threshold} ({@code -} for a node that does not
 * split: go left) and its leaf values.
 */
final class BoostedTrees {

    private final double base;
    private final int depth;
    private final int[][] feature;
    private final double[][] threshold;
    private final double[][] leaf;
    /** The same trees in flat arrays, tree after tree, for {@link #margins}. */
    private final int nodes;

    private final int[] flatFeature;
    private final double[] flatThreshold;
    private final double[] flatLeaf;

    BoostedTrees(double base, int depth, int[][] feature, double[][] threshold, double[][] leaf) {
        this.base = base;
        this.depth = depth;
        this.feature = feature;
        this.threshold = threshold;
        this.leaf = leaf;
        int nodes = (1 << depth) - 1;
        int leaves = 1 << depth;
        this.nodes = nodes;
        this.flatFeature = new int[feature.length * nodes];
        this.flatThreshold = new double[feature.length * nodes];
        this.flatLeaf = new double[feature.length * leaves];
        for (int t = 0; t < feature.length; t++) {
            for (int n = 0; n < nodes; n++) {
                // A node that does not split goes left: feature 0 compared with +inf is never greater.
                boolean splits = feature[t][n] >= 0;
                flatFeature[t * nodes + n] = splits ? feature[t][n] : 0;
                flatThreshold[t * nodes + n] = splits ? threshold[t][n] : Double.POSITIVE_INFINITY;
            }
            System.arraycopy(leaf[t], 0, flatLeaf, t * leaves, leaves);
        }
    }

    /** The margin of one row: {@code base + Σ tree(x)}. */
    double margin(double[] x) {
        return margins(new double[][] {x})[0];
    }

    /** The margin of each row, from the flat arrays (the same sums in the same order as {@link #margin}). */
    double[] margins(double[][] rows) {
        double[] m = new double[rows.length];
        int trees = feature.length;
        int leaves = nodes + 1;
        for (int r = 0; r < rows.length; r++) {
            double[] x = rows[r];
            double sum = base;
            for (int t = 0, at = 0; t < trees; t++, at += nodes) {
                int node = 0;
                for (int d = 0; d < depth; d++) {
                    int k = at + node;
                    // x > threshold, without a branch to mispredict: the sign of threshold - x (features
                    // are never NaN; two different doubles never subtract to zero).
                    node = 2 * node
                            + 1
                            + (int) (Double.doubleToRawLongBits(flatThreshold[k] - x[flatFeature[k]]) >>> 63);
                }
                sum += flatLeaf[t * leaves + node - nodes];
            }
            m[r] = sum;
        }
        return m;
    }

    /** Rows "base", then one "tree" row per tree, prefixed by the stage name. */
    String format(String stage, List<String> names) {
        StringBuilder b = new StringBuilder();
        b.append(stage)
                .append("\tbase\t")
                .append(num(base))
                .append('\t')
                .append(depth)
                .append('\n');
        for (int t = 0; t < feature.length; t++) {
            b.append(stage).append("\ttree\t");
            for (int n = 0; n < feature[t].length; n++) {
                if (n > 0) b.append(',');
                b.append(feature[t][n] < 0 ? "-" : names.get(feature[t][n]) + "<=" + num(threshold[t][n]));
            }
            b.append('\t');
            for (int l = 0; l < leaf[t].length; l++) b.append(l > 0 ? "," : "").append(num(leaf[t][l]));
            b.append('\n');
        }
        return b.toString();
    }

    /** Reads the rows {@link #format} wrote for one stage (already split on tabs, stage name dropped). */
    static BoostedTrees parse(List<String[]> rows, List<String> names) {
        double base = 0;
        int depth = 0;
        List<int[]> features = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        List<double[]> leaves = new ArrayList<>();
        for (String[] r : rows) {
            if (r[0].equals("base")) {
                base = Double.parseDouble(r[1]);
                depth = Integer.parseInt(r[2]);
                continue;
            }
            String[] splits = r[1].split(",");
            int[] f = new int[splits.length];
            double[] th = new double[splits.length];
            for (int n = 0; n < splits.length; n++) {
                if (splits[n].equals("-")) {
                    f[n] = -1;
                    continue;
                }
                int at = splits[n].indexOf("<=");
                f[n] = names.indexOf(splits[n].substring(0, at));
                if (f[n] < 0) throw new IllegalArgumentException("line model names an unknown feature: " + splits[n]);
                th[n] = Double.parseDouble(splits[n].substring(at + 2));
            }
            String[] values = r[2].split(",");
            double[] l = new double[values.length];
            for (int i = 0; i < l.length; i++) l[i] = Double.parseDouble(values[i]);
            if (f.length != (1 << depth) - 1 || l.length != 1 << depth) {
                throw new IllegalArgumentException("line model tree does not have depth " + depth + ": " + r[1]);
            }
            features.add(f);
            thresholds.add(th);
            leaves.add(l);
        }
        return new BoostedTrees(
                base,
                depth,
                features.toArray(new int[0][]),
                thresholds.toArray(new double[0][]),
                leaves.toArray(new double[0][]));
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.5g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
