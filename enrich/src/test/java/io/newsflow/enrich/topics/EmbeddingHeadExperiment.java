package io.newsflow.enrich.topics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Experiment (not part of the product): a softmax head on sentence embeddings of title + first sentence
 * (MiniLM, or e5-small-v2 with {@code -Dembedder=E5}), trained on labelled news, measured per source on
 * other outlets: first topic, and the four broad classes read two ways, from the head's first topic and
 * zero-shot (the nearest of four written class descriptions, as the baseline). Tells how far the
 * slow model can go.
 *
 * <pre>java -cp ... io.newsflow.enrich.topics.EmbeddingHeadExperiment TAXONOMY.jsonl TRAIN.jsonl... -- EVAL.jsonl...</pre>
 */
public final class EmbeddingHeadExperiment {

    public static void main(String[] args) throws IOException {
        List<TopicModelTrainer.Item> train = new ArrayList<>(TopicModelTrainer.taxonomy(Path.of(args[0])));
        List<TopicModelTrainer.Item> eval = new ArrayList<>();
        boolean evalPart = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                evalPart = true;
            } else {
                (evalPart ? eval : train).addAll(TopicModelTrainer.read(Path.of(args[i])));
            }
        }
        List<String> codes =
                Taxonomy.load().topics().stream().map(Taxonomy.Topic::code).toList();
        Embedder embedder = OnnxEmbedder.shared(OnnxEmbedder.Model.valueOf(System.getProperty("embedder", "MINILM")));
        long t0 = System.nanoTime();
        float[][] xTrain = embed(embedder, train);
        System.out.printf("embedded %d train items in %.1f s%n", train.size(), (System.nanoTime() - t0) / 1e9);
        float[][] xEval = embed(embedder, eval);
        int k = codes.size();
        int d = xTrain[0].length;
        double[][] w = new double[k][d + 1];
        double[][] g2 = new double[k][d + 1];
        Map<String, Integer> perLabel = new TreeMap<>();
        for (TopicModelTrainer.Item it : train) {
            perLabel.merge(it.source() + "\t" + it.label(), 1, Integer::sum);
        }
        List<Integer> order = TopicModelTrainer.indices(train.size());
        Random random = new Random(7);
        double[] p = new double[k];
        for (int epoch = 0; epoch < 30; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int y = codes.indexOf(train.get(i).label());
                if (y < 0) {
                    continue;
                }
                double weight = Math.min(
                        3,
                        1000.0
                                / perLabel.get(train.get(i).source() + "\t"
                                        + train.get(i).label()));
                scores(w, xTrain[i], p);
                for (int t = 0; t < k; t++) {
                    double err = weight * (p[t] - (t == y ? 1 : 0));
                    for (int j = 0; j <= d; j++) {
                        double g = err * (j == d ? 1 : xTrain[i][j]) + 1e-5 * w[t][j];
                        g2[t][j] += g * g;
                        w[t][j] -= 0.1 * g / Math.sqrt(g2[t][j] + 1e-8);
                    }
                }
            }
        }
        Map<String, int[]> bySource = new TreeMap<>();
        Map<String, int[]> four = new TreeMap<>();
        Map<String, int[]> zeroShot = new TreeMap<>();
        List<String> classes = CLASSES.stream().map(Map.Entry::getKey).toList();
        float[][] descriptions =
                embedder.embed(CLASSES.stream().map(Map.Entry::getValue).toList());
        for (int i = 0; i < eval.size(); i++) {
            scores(w, xEval[i], p);
            int best = 0;
            for (int t = 1; t < k; t++) {
                if (p[t] > p[best]) {
                    best = t;
                }
            }
            int[] c = bySource.computeIfAbsent(eval.get(i).source(), s -> new int[2]);
            c[0] += codes.get(best).equals(eval.get(i).label()) ? 1 : 0;
            c[1]++;
            String gold = broad(eval.get(i).label());
            if (gold != null) {
                String got = broad(codes.get(best));
                int[] f = four.computeIfAbsent(eval.get(i).source() + "\t" + gold, x -> new int[2]);
                f[0] += gold.equals(got != null ? got : "world") ? 1 : 0;
                f[1]++;
                int nearest = 0;
                for (int candidate = 1; candidate < descriptions.length; candidate++) {
                    if (Embedder.dot(descriptions[candidate], xEval[i])
                            > Embedder.dot(descriptions[nearest], xEval[i])) {
                        nearest = candidate;
                    }
                }
                int[] z = zeroShot.computeIfAbsent(eval.get(i).source() + "\t" + gold, x -> new int[2]);
                z[0] += gold.equals(classes.get(nearest)) ? 1 : 0;
                z[1]++;
            }
        }
        four.forEach((s, c) -> System.out.printf(
                Locale.ROOT,
                "  four %.3f (%d)  zero-shot %.3f  %s%n",
                (double) c[0] / c[1],
                c[1],
                (double) zeroShot.get(s)[0] / c[1],
                s));
        bySource.forEach((s, c) -> System.out.printf(Locale.ROOT, "%.3f (%d)  %s%n", (double) c[0] / c[1], c[1], s));
    }

    /** One written description per broad class, for the zero-shot reading (in a fixed order: ties go first). */
    private static final List<Map.Entry<String, String>> CLASSES = List.of(
            Map.entry("world", "world news about politics, government, elections, diplomacy, war and conflict"),
            Map.entry("business", "business news about companies, markets, stocks, the economy, trade and finance"),
            Map.entry("sport", "sports news about games, matches, teams, players and tournaments"),
            Map.entry(
                    "scitech",
                    "science and technology news about research, computers, the internet, software, space and"
                            + " gadgets"));

    /** The four broad classes of a news-card set (politics read as world); null for any other topic. */
    private static String broad(String code) {
        return switch (code) {
            case "medtop:04000000" -> "business";
            case "medtop:15000000" -> "sport";
            case "medtop:13000000" -> "scitech";
            case "medtop:11000000" -> "world";
            default -> null;
        };
    }

    private static float[][] embed(Embedder embedder, List<TopicModelTrainer.Item> items) {
        List<String> leads = items.stream()
                .map(it -> (it.title() + ". " + TopicModelTrainer.firstSentence(it.text())).strip())
                .toList();
        float[][] out = new float[items.size()][];
        for (int from = 0; from < leads.size(); from += 64) {
            float[][] part = embedder.embed(leads.subList(from, Math.min(leads.size(), from + 64)));
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    private static void scores(double[][] w, float[] x, double[] p) {
        for (int t = 0; t < w.length; t++) {
            double z = w[t][x.length];
            for (int j = 0; j < x.length; j++) {
                z += w[t][j] * x[j];
            }
            p[t] = z;
        }
        TopicModelTrainer.softmax(p, p);
    }
}
