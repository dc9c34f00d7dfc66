package io.newsflow.enrich.topics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The topic model of the stream: a linear model with two parts, both learnt from labelled news by
 * {@code TopicModelTrainer} (test sources; the command that rebuilds the file is in its javadoc and
 * in the README).
 *
 * <ul>
 *   <li>a distilled sentence model: one score per word piece and topic, the topic head of MiniLM
 *       applied to the piece's own MiniLM vector; an article gets the weighted mean over its pieces
 *       (weights fall with a piece's frequency). Pieces the labelled news never showed still score by
 *       what MiniLM knows of them, which is what carries the model to other outlets;
 *   <li>hashed words, word pairs and letter 4-grams ({@link TopicFeatures}), learnt on top of the first
 *       part: they add what the outlets' own vocabulary says, in every language of the training data.
 * </ul>
 *
 * <p>Scoring an article is one pass over a few thousand features: tens of microseconds, no native
 * code. A loaded model keeps its hashed weights as the file has them, one signed byte per bucket and topic
 * times one step (4.5 MB, not 18 MB of floats): each feature's row is then one cache line to fetch, not two,
 * and the logits are the same to the bit. Thread-safe (read-only after load).
 *
 * <p>File {@value #RESOURCE}: gzip of MAGIC, version, bits, topic count, topic codes, the {@link Temperature}
 * that calibrates the softmax (fitted on held-out data; four doubles, one in version 2), the biases; the
 * pieces (text, weight, one quantised score per topic); then the non-zero hashed rows: bucket id (delta-coded varint) and one
 * signed byte per topic.
 */
final class LinearTopicModel {

    static final String RESOURCE = "topic-model.bin.gz";
    private static final int MAGIC = 0x4e46544d; // "NFTM"
    private static final int VERSION = 3;

    private final List<String> codes;
    private final float[] bias;
    private final WordPieces pieces;
    private final float[] pieceWeight;
    private final float[] pieceScore; // piece-major: pieceScore[piece * topics + topic]
    private final double[] pieceScoreSum; // a piece's scores summed over the topics, for its pull
    private final boolean[] shownPiece; // a whole word of 3+ characters starting with a letter: a signal word
    private final float[] weights; // while training, bucket-major: weights[bucket * topics + topic]; else null
    private final byte[] quantised; // as loaded, bucket-major: the weight is quantised[i] * step; else null
    private final float step;
    private final Temperature temperature;

    /** {@code weights} while training, or {@code quantised} times {@code step} as loaded: one of the two. */
    LinearTopicModel(
            List<String> codes,
            float[] bias,
            WordPieces pieces,
            float[] pieceWeight,
            float[] pieceScore,
            float[] weights,
            byte[] quantised,
            float step,
            Temperature temperature) {
        int k = codes.size();
        int hashed = weights != null ? weights.length : quantised.length;
        if (bias.length != k
                || pieceWeight.length != pieces.size()
                || pieceScore.length != pieces.size() * k
                || hashed != TopicFeatures.BUCKETS * k) {
            throw new IllegalArgumentException("model parts do not fit " + k + " topics");
        }
        this.codes = List.copyOf(codes);
        this.bias = bias;
        this.pieces = pieces;
        this.pieceWeight = pieceWeight;
        this.pieceScore = pieceScore;
        this.pieceScoreSum = new double[pieces.size()];
        this.shownPiece = new boolean[pieces.size()];
        for (int id = 0; id < pieces.size(); id++) {
            for (int u = 0; u < k; u++) {
                pieceScoreSum[id] += pieceScore[id * k + u];
            }
            String piece = pieces.pieces().get(id);
            shownPiece[id] = piece.length() >= 3 && Character.isLetter(piece.charAt(0));
        }
        this.weights = weights;
        this.quantised = quantised;
        this.step = step;
        this.temperature = temperature;
    }

    Temperature temperature() {
        return temperature;
    }

    LinearTopicModel withTemperature(Temperature t) {
        return new LinearTopicModel(codes, bias, pieces, pieceWeight, pieceScore, weights, quantised, step, t);
    }

    /** The word pieces the model reads; {@link MeaningModel} reads the same ones. */
    WordPieces vocabulary() {
        return pieces;
    }

    /** How much a piece counts in an article's mean: a/(a + its frequency in the training news). */
    float pieceWeight(int piece) {
        return pieceWeight[piece];
    }

    /** What the model reads of an article in {@code language} (its words' English glosses too, if not English). */
    TopicFeatures.Article features(String title, String body, String language) {
        return TopicFeatures.read(title, body, language, pieces);
    }

    /** Logits (before the temperature) of each topic, in the order of the model's topic codes (the taxonomy's). */
    double[] logits(TopicFeatures.Article a) {
        double[] out = pieceLogits(a.pieces());
        addHashed(a.hashed(), out);
        return out;
    }

    /** Bias plus the distilled part alone: what the hashed part is learnt on top of. */
    double[] pieceLogits(int[] ids) {
        int k = codes.size();
        double[] out = new double[k];
        double total = 0;
        for (int id : ids) {
            double w = pieceWeight[id];
            total += w;
            int base = id * k;
            for (int t = 0; t < k; t++) {
                out[t] += w * pieceScore[base + t];
            }
        }
        for (int t = 0; t < k; t++) {
            out[t] = bias[t] + (total == 0 ? 0 : out[t] / total);
        }
        return out;
    }

    /**
     * Up to {@code max} distinct whole-word pieces of the article that pull hardest toward topic {@code t}
     * (their weighted score above their mean over topics): the words a reader can check the tag by.
     * {@code sortedIds}: the article's piece ids, {@link #sortedPieces sorted} once for all its topics.
     */
    List<String> strongestPieces(int[] sortedIds, int t, int max) {
        int[] best = new int[max]; // ids by falling pull; on a tie the smaller id first
        double[] pulls = new double[max];
        int n = 0;
        int previous = -1;
        for (int id : sortedIds) {
            if (id == previous) {
                continue;
            }
            previous = id;
            if (!shownPiece[id]) {
                continue;
            }
            double pull = pull(id, t);
            int at = n;
            while (at > 0 && pulls[at - 1] < pull) {
                at--;
            }
            if (pull <= 0 || at >= max) {
                continue;
            }
            int moved = Math.min(n, max - 1) - at;
            System.arraycopy(best, at, best, at + 1, moved);
            System.arraycopy(pulls, at, pulls, at + 1, moved);
            best[at] = id;
            pulls[at] = pull;
            n = Math.min(n + 1, max);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(pieces.pieces().get(best[i]));
        }
        return out;
    }

    private double pull(int id, int t) {
        int k = codes.size();
        return pieceWeight[id] * (pieceScore[id * k + t] - pieceScoreSum[id] / k);
    }

    /** The article's piece ids in order, for {@link #strongestPieces}. */
    static int[] sortedPieces(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    void addHashed(TopicFeatures.Vector x, double[] out) {
        int k = codes.size();
        int[] ids = x.ids();
        float[] values = x.values();
        for (int j = 0; j < ids.length; j++) {
            int base = ids[j] * k;
            float v = values[j];
            if (quantised == null) {
                for (int t = 0; t < k; t++) {
                    out[t] += v * weights[base + t];
                }
            } else {
                for (int t = 0; t < k; t++) {
                    out[t] += v * (quantised[base + t] * step); // the float a float array would hold
                }
            }
        }
    }

    static LinearTopicModel load() {
        try (InputStream in = LinearTopicModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside "
                        + LinearTopicModel.class.getName() + " (rebuild it with TopicModelTrainer)");
            }
            LinearTopicModel model = read(in);
            List<String> taxonomy =
                    Taxonomy.load().topics().stream().map(Taxonomy.Topic::code).toList();
            if (!model.codes.equals(taxonomy)) {
                throw new IllegalStateException(RESOURCE + " was trained for other topics: " + model.codes);
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static LinearTopicModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        int magic = in.readInt();
        int version = in.readInt();
        if (magic != MAGIC || version < 2 || version > VERSION || in.readInt() != TopicFeatures.BITS) {
            throw new IOException("not a topic model of this version (magic, version or bits differ)");
        }
        int k = in.readInt();
        List<String> codes = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            codes.add(in.readUTF());
        }
        Temperature temperature = version == 2
                ? Temperature.constant(in.readDouble())
                : new Temperature(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
        float[] bias = new float[k];
        for (int t = 0; t < k; t++) {
            bias[t] = in.readFloat();
        }
        int n = in.readInt();
        float pieceStep = in.readFloat();
        List<String> texts = new ArrayList<>(n);
        float[] pieceWeight = new float[n];
        float[] pieceScore = new float[n * k];
        for (int p = 0; p < n; p++) {
            texts.add(in.readUTF());
            pieceWeight[p] = in.readFloat();
            for (int t = 0; t < k; t++) {
                pieceScore[p * k + t] = in.readByte() * pieceStep;
            }
        }
        float step = in.readFloat();
        byte[] quantised = new byte[TopicFeatures.BUCKETS * k];
        int rows = in.readInt();
        int bucket = -1;
        for (int r = 0; r < rows; r++) {
            bucket += readVarint(in);
            in.readFully(quantised, bucket * k, k);
        }
        return new LinearTopicModel(
                codes, bias, new WordPieces(texts), pieceWeight, pieceScore, null, quantised, step, temperature);
    }

    /** Writes the model; scores and weights are quantised to signed bytes, all-zero hashed rows left out. */
    void write(OutputStream raw) throws IOException {
        int k = codes.size();
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(TopicFeatures.BITS);
        out.writeInt(k);
        for (String code : codes) {
            out.writeUTF(code);
        }
        out.writeDouble(temperature.englishBase());
        out.writeDouble(temperature.englishSlope());
        out.writeDouble(temperature.otherBase());
        out.writeDouble(temperature.otherSlope());
        for (float b : bias) {
            out.writeFloat(b);
        }
        out.writeInt(pieces.size());
        float pieceStep = step(pieceScore);
        out.writeFloat(pieceStep);
        for (int p = 0; p < pieces.size(); p++) {
            out.writeUTF(pieces.pieces().get(p));
            out.writeFloat(pieceWeight[p]);
            for (int t = 0; t < k; t++) {
                out.writeByte(Math.round(pieceScore[p * k + t] / pieceStep));
            }
        }
        float rowStep = quantised != null ? step : step(weights);
        out.writeFloat(rowStep);
        byte[][] rows = new byte[TopicFeatures.BUCKETS][];
        int count = 0;
        for (int b = 0; b < TopicFeatures.BUCKETS; b++) {
            rows[b] = row(b, rowStep);
            count += rows[b] != null ? 1 : 0;
        }
        out.writeInt(count);
        int previous = -1;
        for (int b = 0; b < TopicFeatures.BUCKETS; b++) {
            if (rows[b] != null) {
                writeVarint(out, b - previous);
                out.write(rows[b]);
                previous = b;
            }
        }
        out.flush();
        gz.finish();
    }

    /** Bucket {@code b}'s weights as signed multiples of {@code rowStep}; null if all are zero. */
    private byte[] row(int b, float rowStep) {
        int k = codes.size();
        byte[] q = new byte[k];
        boolean any = false;
        for (int t = 0; t < k; t++) {
            q[t] = quantised != null ? quantised[b * k + t] : (byte) Math.round(weights[b * k + t] / rowStep);
            any |= q[t] != 0;
        }
        return any ? q : null;
    }

    private static float step(float[] values) {
        float max = 0;
        for (float w : values) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / 127f;
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        int rest = v;
        while ((rest & ~0x7f) != 0) {
            out.writeByte((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
