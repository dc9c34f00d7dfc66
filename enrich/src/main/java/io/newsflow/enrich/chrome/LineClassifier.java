package io.newsflow.enrich.chrome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Says which lines of a text page are article and which are chrome, for any site: a logistic
 * regression over {@link LineFeatures} (stage 1), then a second one that reads each line's stage-1
 * score beside its neighbours' (stage 2), as jusText's context pass does. The weights are data,
 * {@code line-model.tsv}, written by {@code LineModelTrainer} (enrich test sources) from text
 * renditions of the dev pages; see NOTES for the command. Immutable and thread-safe.
 */
public final class LineClassifier {

    static final List<String> STAGE2 =
            List.of("bias", "logit", "neighbours", "window", "prev-minus-next", "stage1-short");

    private final double[] stage1;
    private final double[] stage2;
    private final double threshold;

    LineClassifier(double[] stage1, double[] stage2, double threshold) {
        this.stage1 = stage1.clone();
        this.stage2 = stage2.clone();
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
        double[] out = new double[lines.size()];
        java.util.Arrays.fill(out, Double.NaN);
        double[] p1 = new double[page.x().length];
        for (int i = 0; i < p1.length; i++) p1[i] = sigmoid(dot(stage1, page.x()[i]));
        for (int i = 0; i < p1.length; i++) out[page.line()[i]] = sigmoid(dot(stage2, stage2Row(p1, i, page.x()[i])));
        return out;
    }

    /** True for the lines judged article; blank lines are false. */
    public boolean[] article(List<String> lines) {
        double[] p = articleProbability(lines);
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < p.length; i++) out[i] = !Double.isNaN(p[i]) && p[i] >= threshold;
        return out;
    }

    double threshold() {
        return threshold;
    }

    static double[] stage2Row(double[] p1, int i, double[] features) {
        int n = p1.length;
        double prev = i > 0 ? p1[i - 1] : p1[i];
        double next = i + 1 < n ? p1[i + 1] : p1[i];
        double sum = 0;
        int count = 0;
        for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
            if (j != i) {
                sum += p1[j];
                count++;
            }
        }
        double window = count == 0 ? p1[i] : sum / count;
        double shortLine = features[LineFeatures.NAMES.indexOf("short")];
        return new double[] {1, logit(p1[i]) / 4, (prev + next) / 2, window, prev - next, shortLine * p1[i]};
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    static LineClassifier load(String resource) {
        try (InputStream in = LineClassifier.class.getResourceAsStream(ChromeFilter.RULES_DIR + resource)) {
            if (in == null) throw new IllegalStateException("line model missing: " + ChromeFilter.RULES_DIR + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line model " + resource, e);
        }
    }

    /** Reads {@code stage1|stage2 <TAB> feature <TAB> weight} and {@code threshold <TAB> value} lines; # comments. */
    static LineClassifier parse(List<String> lines) {
        double[] s1 = new double[LineFeatures.SIZE];
        double[] s2 = new double[STAGE2.size()];
        double threshold = 0.5;
        int seen = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            switch (f[0]) {
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "stage1" -> s1[indexOf(LineFeatures.NAMES, f[1])] = Double.parseDouble(f[2]);
                case "stage2" -> s2[indexOf(STAGE2, f[1])] = Double.parseDouble(f[2]);
                default -> throw new IllegalArgumentException("line model: unknown row " + line);
            }
            seen++;
        }
        if (seen != s1.length + s2.length + 1) {
            throw new IllegalArgumentException("line model has " + seen + " rows, features want "
                    + (s1.length + s2.length + 1) + ": retrain it (LineModelTrainer)");
        }
        return new LineClassifier(s1, s2, threshold);
    }

    private static int indexOf(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("line model names an unknown feature: " + name);
        return i;
    }

    /** Writes a model in the format {@link #parse} reads. */
    static String format(double[] s1, double[] s2, double threshold, String header) {
        StringBuilder b = new StringBuilder(header);
        for (int i = 0; i < s1.length; i++)
            b.append("stage1\t")
                    .append(LineFeatures.NAMES.get(i))
                    .append('\t')
                    .append(round(s1[i]))
                    .append('\n');
        for (int i = 0; i < s2.length; i++)
            b.append("stage2\t")
                    .append(STAGE2.get(i))
                    .append('\t')
                    .append(round(s2[i]))
                    .append('\n');
        b.append("threshold\t").append(round(threshold)).append('\n');
        return b.toString();
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.5f", v);
    }
}
