package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * Zero-shot topic similarity: cosine between the article's embedding and each topic's vector, the mean of
 * the embedded definition and example sentences (computed once, at construction). Averaging several
 * sentences gives a topic vector that sits in the middle of its news, rather than near its label's words.
 */
final class EmbeddingTopicModel implements TopicModel {

    // Cosines of MiniLM spread over roughly 0.0..0.6; 0.05 turns a 0.1 lead into a clear 2.7x odds ratio.
    private static final double TEMPERATURE = 0.05;

    private final Embedder embedder;
    private final float[][] topicVectors;

    EmbeddingTopicModel(Taxonomy taxonomy, Embedder embedder) {
        this.embedder = embedder;
        this.topicVectors = new float[taxonomy.size()][];
        for (int t = 0; t < taxonomy.size(); t++) {
            float[][] vs = embedder.embed(taxonomy.get(t).descriptions());
            float[] mean = new float[vs[0].length];
            for (float[] v : vs) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += v[i];
                }
            }
            topicVectors[t] = Embedder.normalize(mean);
        }
    }

    @Override
    public List<double[]> similarities(List<String> texts) {
        float[][] vs = embedder.embed(texts);
        List<double[]> out = new ArrayList<>(vs.length);
        for (float[] v : vs) {
            double[] sims = new double[topicVectors.length];
            for (int t = 0; t < sims.length; t++) {
                sims[t] = Embedder.dot(v, topicVectors[t]);
            }
            out.add(sims);
        }
        return out;
    }

    @Override
    public double temperature() {
        return TEMPERATURE;
    }

    @Override
    public String name() {
        return "embedding";
    }
}
