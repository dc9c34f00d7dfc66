package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the topic similarities of recently seen leads. The same story arrives again (re-crawls,
 * syndicated copies, redelivered records), and an embedding costs milliseconds where a lookup costs
 * nothing. Bounded LRU; synchronized, since stream threads share one tagger.
 */
final class SimilarityCache implements TopicModel {

    private final TopicModel model;
    private final Map<String, double[]> recent;

    SimilarityCache(TopicModel model, int capacity) {
        this.model = model;
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<double[]> similarities(List<String> texts) {
        List<double[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (String t : texts) {
                double[] hit = recent.get(t);
                out.add(hit);
                if (hit == null) {
                    missing.add(t);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<double[]> computed = model.similarities(missing);
        synchronized (recent) {
            for (int i = 0, m = 0; i < out.size(); i++) {
                if (out.get(i) == null) {
                    double[] sims = computed.get(m++);
                    out.set(i, sims);
                    recent.put(texts.get(i), sims);
                }
            }
        }
        return out;
    }

    @Override
    public double temperature() {
        return model.temperature();
    }

    @Override
    public String name() {
        return model.name();
    }
}
