package io.newsflow.sink.stories;

import java.util.List;

/**
 * B-cubed precision and recall of a clustering against the truth (Bagga and Baldwin 1998): for each item,
 * the share of its cluster that belongs to its true group (precision) and the share of its true group
 * that is in its cluster (recall), averaged over items.
 */
public record BCubed(double precision, double recall) {

    public double f1() {
        return 2 * precision * recall / (precision + recall);
    }

    public static BCubed of(List<String> truth, List<String> predicted) {
        int n = truth.size();
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int sameCluster = 0;
            int sameTruth = 0;
            int both = 0;
            for (int j = 0; j < n; j++) {
                boolean c = predicted.get(i).equals(predicted.get(j));
                boolean t = truth.get(i).equals(truth.get(j));
                sameCluster += c ? 1 : 0;
                sameTruth += t ? 1 : 0;
                both += c && t ? 1 : 0;
            }
            p += (double) both / sameCluster;
            r += (double) both / sameTruth;
        }
        return new BCubed(p / n, r / n);
    }
}
