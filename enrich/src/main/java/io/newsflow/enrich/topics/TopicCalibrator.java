package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns similarities plus page boosts into calibrated scores and picks the topics to report. Softmax over
 * logits (similarity / temperature + boosts) gives shares that sum to 1, so a score reads as "how much
 * of the article's topic mass this topic takes"; we keep those above {@value #THRESHOLD}, at most
 * {@value #MAX_TOPICS}, and always at least the best one.
 */
final class TopicCalibrator {

    static final double THRESHOLD = 0.2;
    static final int MAX_TOPICS = 3;

    private final Taxonomy taxonomy;

    TopicCalibrator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<TopicTag> select(double[] sims, TopicModel model, PageSignals.Boosts boosts) {
        int n = sims.length;
        double[] logits = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            logits[t] = sims[t] / model.temperature() + boosts.logits()[t];
            max = Math.max(max, logits[t]);
        }
        double sum = 0;
        double[] p = new double[n];
        for (int t = 0; t < n; t++) {
            p[t] = Math.exp(logits[t] - max);
            sum += p[t];
        }
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            p[t] /= sum;
            order.add(t);
        }
        order.sort(Comparator.comparingDouble((Integer t) -> -p[t]));
        List<TopicTag> out = new ArrayList<>();
        for (int t : order) {
            if (!out.isEmpty() && (p[t] < THRESHOLD || out.size() >= MAX_TOPICS)) {
                break;
            }
            List<String> signals = new ArrayList<>();
            signals.add(model.name() + "=" + String.format(Locale.ROOT, "%.3f", sims[t]));
            signals.addAll(boosts.signals().get(t));
            Taxonomy.Topic topic = taxonomy.get(t);
            out.add(new TopicTag(topic.code(), topic.label(), Math.round(p[t] * 1000) / 1000.0, signals));
        }
        return out;
    }
}
