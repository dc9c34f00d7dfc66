package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the model's logits plus page boosts into calibrated scores and picks the topics to report.
 * The softmax runs at the temperature fitted on held-out labelled news for the article's length and language
 * ({@link Temperature}), so a first topic scored 0.8 is
 * right about 80% of the time (reliability table in the README); we keep topics above
 * {@value #THRESHOLD}, at most {@value #MAX_TOPICS}, and always the best one. Each tag says what
 * decided it: the model's share, the article words that pulled hardest toward the topic, and the page's
 * own section, keywords or URL where they agreed.
 */
final class TopicCalibrator {

    static final double THRESHOLD = 0.2;
    static final int MAX_TOPICS = 3;
    static final int WORDS = 3;

    private final Taxonomy taxonomy;

    TopicCalibrator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    List<TopicTag> select(LinearTopicModel model, TopicFeatures.Article article, PageSignals.Boosts boosts) {
        double[] modelLogits = model.logits(article);
        int n = modelLogits.length;
        double[] logits = new double[n];
        double[] own = new double[n];
        double temperature = model.temperature().of(article);
        for (int t = 0; t < n; t++) {
            own[t] = modelLogits[t] / temperature;
            logits[t] = own[t] + boosts.logits()[t];
        }
        double[] p = softmax(logits);
        double[] modelShare = softmax(own);
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            order.add(t);
        }
        order.sort(Comparator.comparingDouble((Integer t) -> -p[t]));
        List<TopicTag> out = new ArrayList<>();
        int[] pieces = LinearTopicModel.sortedPieces(article.pieces());
        for (int t : order) {
            if (!out.isEmpty() && (p[t] < THRESHOLD || out.size() >= MAX_TOPICS)) {
                break;
            }
            List<String> signals = new ArrayList<>();
            signals.add(String.format(Locale.ROOT, "model=%.3f", modelShare[t]));
            List<String> words = model.strongestPieces(pieces, t, WORDS);
            if (!words.isEmpty()) {
                signals.add("words:" + String.join(",", words));
            }
            signals.addAll(boosts.signals().get(t));
            Taxonomy.Topic topic = taxonomy.get(t);
            out.add(new TopicTag(topic.code(), topic.label(), Math.round(p[t] * 1000) / 1000.0, signals));
        }
        return out;
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int t = 0; t < z.length; t++) {
            p[t] = Math.exp(z[t] - max);
            sum += p[t];
        }
        for (int t = 0; t < z.length; t++) {
            p[t] /= sum;
        }
        return p;
    }
}
