package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fallback when the embedding model cannot be loaded: tf-idf cosine between the article's words and each
 * topic's definition and examples. Transparent and crude; tags it makes say {@code lexical-fallback}.
 */
final class LexicalTopicModel implements TopicModel {

    private final List<Map<String, Double>> topicTerms = new ArrayList<>();

    LexicalTopicModel(Taxonomy taxonomy) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> docFreq = new HashMap<>();
        for (Taxonomy.Topic topic : taxonomy.topics()) {
            Map<String, Integer> c = new HashMap<>();
            for (String d : topic.descriptions()) {
                for (String w : stems(d)) {
                    c.merge(w, 1, Integer::sum);
                }
            }
            c.keySet().forEach(w -> docFreq.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        int n = taxonomy.size();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> weights = new HashMap<>();
            c.forEach((w, k) -> weights.put(w, (1 + Math.log(k)) * Math.log((double) n / docFreq.get(w))));
            topicTerms.add(weights);
        }
    }

    /** Lower-case words of 3+ letters, cut to 5 letters: a poor man's stemmer that needs no data. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    @Override
    public List<double[]> similarities(List<String> texts) {
        List<double[]> out = new ArrayList<>();
        for (String text : texts) {
            Map<String, Integer> c = new HashMap<>();
            stems(text).forEach(w -> c.merge(w, 1, Integer::sum));
            double[] sims = new double[topicTerms.size()];
            for (int t = 0; t < sims.length; t++) {
                Map<String, Double> weights = topicTerms.get(t);
                double dot = 0;
                double norm = 0;
                for (double x : weights.values()) {
                    norm += x * x;
                }
                for (Map.Entry<String, Integer> e : c.entrySet()) {
                    dot += weights.getOrDefault(e.getKey(), 0.0) * (1 + Math.log(e.getValue()));
                }
                sims[t] = norm == 0 ? 0 : dot / Math.sqrt(norm) / Math.max(1, Math.sqrt(c.size()));
            }
            out.add(sims);
        }
        return out;
    }

    @Override
    public double temperature() {
        return 0.1;
    }

    @Override
    public String name() {
        return "lexical-fallback";
    }
}
