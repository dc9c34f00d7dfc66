package io.newsflow.enrich.topics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Builds {@code meaning-model.bin.gz} ({@link MeaningModel}): every word piece of MiniLM's vocabulary
 * embedded alone by MiniLM (as {@link TopicModelTrainer} does; {@code -Dpieces.cache=FILE} keeps those
 * vectors between runs), centred, projected on its first {@code DIM} principal components, and each row
 * multiplied by the topic model's weight for the piece (a/(a + frequency)), so that an article's vector is
 * a plain sum of rows. The topic model ({@code topic-model.bin.gz}) must be built first: its vocabulary and
 * weights are the ones read here.
 *
 * <pre>java -Xmx4g -Dpieces.cache=/tmp/pieces.bin \
 *   -cp enrich/target/classes:enrich/target/test-classes:app/target/newsflow.jar \
 *   io.newsflow.enrich.topics.MeaningModelBuilder \
 *   enrich/src/main/resources/io/newsflow/enrich/topics/meaning-model.bin.gz 64</pre>
 */
public final class MeaningModelBuilder {

    private static final int ITERATIONS = 300;

    private MeaningModelBuilder() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int dim = Integer.parseInt(args[1]);
        MeaningModel model = build(dim);
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf("wrote %s (%d bytes, %d dimensions)%n", out, Files.size(out), dim);
    }

    static MeaningModel build(int dim) throws IOException {
        TopicModelTrainer.PieceVectors pv = TopicModelTrainer.cachedPieceVectors(System.getProperty("pieces.cache"));
        LinearTopicModel topics = LinearTopicModel.load();
        WordPieces vocabulary = topics.vocabulary();
        if (!vocabulary.pieces().equals(pv.vocabulary().pieces())) {
            throw new IllegalStateException("the topic model was built on another vocabulary than MiniLM's");
        }
        float[][] x = pv.vectors();
        double[] mean = mean(x);
        double[][] components = principalComponents(covariance(x, mean), dim);
        float[] rows = new float[x.length * dim];
        for (int p = 0; p < x.length; p++) {
            if (isZero(x[p])) {
                continue; // [PAD], [CLS] and the like: never embedded, never counted
            }
            float w = topics.pieceWeight(p);
            for (int d = 0; d < dim; d++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (x[p][j] - mean[j]) * components[d][j];
                }
                rows[p * dim + d] = (float) (w * s);
            }
        }
        return new MeaningModel(vocabulary, dim, rows);
    }

    private static boolean isZero(float[] v) {
        for (float f : v) {
            if (f != 0) {
                return false;
            }
        }
        return true;
    }

    private static double[] mean(float[][] x) {
        double[] m = new double[x[0].length];
        int n = 0;
        for (float[] v : x) {
            if (!isZero(v)) {
                for (int j = 0; j < m.length; j++) {
                    m[j] += v[j];
                }
                n++;
            }
        }
        for (int j = 0; j < m.length; j++) {
            m[j] /= n;
        }
        return m;
    }

    private static double[][] covariance(float[][] x, double[] mean) {
        int k = mean.length;
        double[][] c = new double[k][k];
        double[] v = new double[k];
        for (float[] row : x) {
            if (isZero(row)) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                v[j] = row[j] - mean[j];
            }
            for (int a = 0; a < k; a++) {
                double va = v[a];
                double[] ca = c[a];
                for (int b = a; b < k; b++) {
                    ca[b] += va * v[b];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                c[a][b] = c[b][a];
            }
        }
        return c;
    }

    /** The {@code dim} leading eigenvectors of a symmetric matrix, by orthogonal (subspace) iteration. */
    static double[][] principalComponents(double[][] c, int dim) {
        int k = c.length;
        Random random = new Random(18);
        double[][] q = new double[dim][k];
        for (double[] row : q) {
            for (int j = 0; j < k; j++) {
                row[j] = random.nextGaussian();
            }
        }
        orthonormalise(q);
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] z = new double[dim][k];
            for (int d = 0; d < dim; d++) {
                for (int a = 0; a < k; a++) {
                    double s = 0;
                    double[] ca = c[a];
                    for (int b = 0; b < k; b++) {
                        s += ca[b] * q[d][b];
                    }
                    z[d][a] = s;
                }
            }
            orthonormalise(z);
            q = z;
        }
        return q;
    }

    /** Modified Gram-Schmidt over the rows. */
    private static void orthonormalise(double[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < i; j++) {
                double dot = 0;
                for (int t = 0; t < rows[i].length; t++) {
                    dot += rows[i][t] * rows[j][t];
                }
                for (int t = 0; t < rows[i].length; t++) {
                    rows[i][t] -= dot * rows[j][t];
                }
            }
            double norm = 0;
            for (double v : rows[i]) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int t = 0; t < rows[i].length; t++) {
                rows[i][t] /= norm;
            }
        }
    }
}
