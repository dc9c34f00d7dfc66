package io.newsflow.enrich.topics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A compact meaning vector of an article, so that story grouping can tell that "Fed holds rates" and "US
 * central bank pauses" say one thing without running a sentence model: Model2Vec's idea. Each word piece of
 * MiniLM's vocabulary was embedded alone by MiniLM, reduced by PCA to a few dozen dimensions and weighted by
 * how rare the piece is (the topic model's piece weights, a/(a + frequency)); an article's vector is the
 * sum of the rows of its headline's pieces (twice) and its lead's ({@value #LEAD_WORDS} words), at unit
 * length. Built by {@code MeaningModelBuilder} (test sources; the command is in its javadoc and the README).
 *
 * <p>File {@value #RESOURCE}: gzip of MAGIC, version, a hash of the vocabulary it was built for (the topic
 * model's, which it shares), piece count, dimensions, then per piece a float scale and one signed byte per
 * dimension. Thread-safe (read-only after load).
 */
final class MeaningModel {

    static final String RESOURCE = "meaning-model.bin.gz";
    /** Words of the body read after the headline: what the event is is said early. */
    static final int LEAD_WORDS = 60;

    private static final int MAGIC = 0x4e464d56; // "NFMV"
    private static final int VERSION = 1;

    private final WordPieces vocabulary;
    private final int dim;
    private final float[] rows; // piece-major: rows[piece * dim + d], the piece's weight folded in

    MeaningModel(WordPieces vocabulary, int dim, float[] rows) {
        if (dim <= 0 || rows.length != vocabulary.size() * dim) {
            throw new IllegalArgumentException(
                    "meaning rows do not fit " + vocabulary.size() + " pieces of " + dim + " dimensions");
        }
        this.vocabulary = vocabulary;
        this.dim = dim;
        this.rows = rows;
    }

    int dimensions() {
        return dim;
    }

    /**
     * The article's meaning as signed bytes (direction only), or null when no piece of it is known: read from
     * the pieces topic tagging split (its title twice and lead, {@link TopicFeatures.Article#leadPieces()}).
     */
    byte[] encode(TopicFeatures.Article article) {
        float[] v = vector(article.pieces(), article.leadPieces());
        return v == null ? null : quantise(v);
    }

    /** The meaning of a title and text, split here. */
    byte[] encode(String title, String text) {
        return encode(TopicFeatures.of(title, text, vocabulary));
    }

    /** Unit-length sum of the rows of the first {@code count} pieces, or null when there are none. */
    float[] vector(int[] pieces, int count) {
        float[] v = new float[dim];
        for (int p = 0; p < count; p++) {
            int base = pieces[p] * dim;
            for (int d = 0; d < dim; d++) {
                v[d] += rows[base + d];
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dim; d++) {
            v[d] *= inv;
        }
        return v;
    }

    /** Each component over the largest one, as a signed byte: the direction, which is all cosine reads. */
    static byte[] quantise(float[] v) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        byte[] out = new byte[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = (byte) Math.round(v[d] / max * 127);
        }
        return out;
    }

    static String lead(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && inWord && ++words == LEAD_WORDS) {
                return text.substring(0, i);
            }
            inWord = !space;
        }
        return text;
    }

    static MeaningModel load(WordPieces vocabulary) {
        try (InputStream in = MeaningModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside "
                        + MeaningModel.class.getName() + " (rebuild it with MeaningModelBuilder)");
            }
            return read(in, vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static MeaningModel read(InputStream raw, WordPieces vocabulary) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a meaning model of version " + VERSION);
        }
        if (in.readLong() != hash(vocabulary) || in.readInt() != vocabulary.size()) {
            throw new IOException("built for another vocabulary than the topic model's: rebuild it");
        }
        int dim = in.readInt();
        float[] rows = new float[vocabulary.size() * dim];
        byte[] q = new byte[dim];
        for (int p = 0; p < vocabulary.size(); p++) {
            float scale = in.readFloat();
            in.readFully(q);
            for (int d = 0; d < dim; d++) {
                rows[p * dim + d] = q[d] * scale;
            }
        }
        return new MeaningModel(vocabulary, dim, rows);
    }

    /** Writes the model; each row is quantised to signed bytes on its own scale. */
    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(hash(vocabulary));
        out.writeInt(vocabulary.size());
        out.writeInt(dim);
        byte[] q = new byte[dim];
        for (int p = 0; p < vocabulary.size(); p++) {
            float max = 0;
            for (int d = 0; d < dim; d++) {
                max = Math.max(max, Math.abs(rows[p * dim + d]));
            }
            float scale = max == 0 ? 0 : max / 127;
            for (int d = 0; d < dim; d++) {
                q[d] = scale == 0 ? 0 : (byte) Math.round(rows[p * dim + d] / scale);
            }
            out.writeFloat(scale);
            out.write(q);
        }
        out.flush();
        gz.finish();
    }

    /** FNV-1a over the pieces in order: a model built for other pieces (or another order) must not load. */
    static long hash(WordPieces vocabulary) {
        long h = 0xcbf29ce484222325L;
        for (String piece : vocabulary.pieces()) {
            for (byte b : piece.getBytes(StandardCharsets.UTF_8)) {
                h ^= b;
                h *= 0x100000001b3L;
            }
            h ^= '\n';
            h *= 0x100000001b3L;
        }
        return h;
    }
}
