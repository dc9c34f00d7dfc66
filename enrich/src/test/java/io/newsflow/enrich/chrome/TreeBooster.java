package io.newsflow.enrich.chrome;

import java.util.Arrays;

/**
 * Gradient boosting of complete binary trees on weighted log loss, histogram splits (XGBoost's
 * second-order gain), small enough to read: what {@link LineModelTrainer} fits {@link BoostedTrees} with.
 */
final class TreeBooster {

    private static final int BINS = 48;
    private static final double LAMBDA = 1.0;
    private static final double MIN_HESSIAN = 2.0;

    private TreeBooster() {}

    static BoostedTrees fit(double[][] x, int[] y, double[] w, int trees, int depth, double rate) {
        int n = x.length, f = x[0].length;
        double[][] edges = new double[f][];
        byte[][] bin = new byte[n][f];
        for (int k = 0; k < f; k++) {
            edges[k] = edges(x, k);
            for (int i = 0; i < n; i++) bin[i][k] = (byte) bucket(edges[k], x[i][k]);
        }
        double pos = 0, neg = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == 1) pos += w[i];
            else neg += w[i];
        }
        double base = Math.log(Math.max(pos, 1e-9) / Math.max(neg, 1e-9));
        double[] margin = new double[n];
        Arrays.fill(margin, base);
        int splits = (1 << depth) - 1;
        int[][] feature = new int[trees][splits];
        double[][] threshold = new double[trees][splits];
        double[][] leaf = new double[trees][1 << depth];
        double[] g = new double[n], h = new double[n];
        int[] node = new int[n];
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = LineClassifier.sigmoid(margin[i]);
                g[i] = w[i] * (p - y[i]);
                h[i] = w[i] * Math.max(p * (1 - p), 1e-6);
            }
            Arrays.fill(node, 0);
            for (int d = 0; d < depth; d++) {
                int first = (1 << d) - 1, width = 1 << d;
                double[][][] gh = new double[width][f][2 * BINS];
                for (int i = 0; i < n; i++) {
                    double[][] hist = gh[node[i] - first];
                    for (int k = 0; k < f; k++) {
                        hist[k][bin[i][k]] += g[i];
                        hist[k][BINS + bin[i][k]] += h[i];
                    }
                }
                int[] bestBin = new int[width];
                for (int m = 0; m < width; m++) {
                    int nodeId = first + m;
                    feature[t][nodeId] = -1;
                    double best = 1e-6;
                    for (int k = 0; k < f; k++) {
                        double[] hist = gh[m][k];
                        double gt = 0, ht = 0;
                        for (int b = 0; b < BINS; b++) {
                            gt += hist[b];
                            ht += hist[BINS + b];
                        }
                        double gl = 0, hl = 0;
                        for (int b = 0; b < edges[k].length; b++) {
                            gl += hist[b];
                            hl += hist[BINS + b];
                            double hr = ht - hl, gr = gt - gl;
                            if (hl < MIN_HESSIAN || hr < MIN_HESSIAN) continue;
                            double gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - gt * gt / (ht + LAMBDA);
                            if (gain > best) {
                                best = gain;
                                feature[t][nodeId] = k;
                                threshold[t][nodeId] = edges[k][b];
                                bestBin[m] = b;
                            }
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    int m = node[i] - first;
                    int k = feature[t][node[i]];
                    node[i] = 2 * node[i] + (k >= 0 && bin[i][k] > bestBin[m] ? 2 : 1);
                }
            }
            double[] gs = new double[1 << depth], hs = new double[1 << depth];
            for (int i = 0; i < n; i++) {
                gs[node[i] - splits] += g[i];
                hs[node[i] - splits] += h[i];
            }
            for (int l = 0; l < gs.length; l++) leaf[t][l] = -rate * gs[l] / (hs[l] + LAMBDA);
            for (int i = 0; i < n; i++) margin[i] += leaf[t][node[i] - splits];
        }
        return new BoostedTrees(base, depth, feature, threshold, leaf);
    }

    /** Up to BINS-1 distinct quantiles of a feature: the thresholds a split may use. */
    private static double[] edges(double[][] x, int k) {
        int n = x.length;
        int step = Math.max(1, n / 20_000);
        double[] v = new double[(n + step - 1) / step];
        for (int i = 0, j = 0; i < n; i += step) v[j++] = x[i][k];
        Arrays.sort(v);
        double[] out = new double[BINS - 1];
        int m = 0;
        for (int q = 1; q < BINS; q++) {
            double e = v[Math.min(v.length - 1, (int) ((long) q * v.length / BINS))];
            if (m == 0 || e > out[m - 1]) out[m++] = e;
        }
        // A threshold at the maximum would send everything left: drop it.
        if (m > 0 && out[m - 1] >= v[v.length - 1]) m--;
        return Arrays.copyOf(out, m);
    }

    private static int bucket(double[] edges, double v) {
        int b = 0;
        while (b < edges.length && v > edges[b]) b++;
        return b;
    }
}
