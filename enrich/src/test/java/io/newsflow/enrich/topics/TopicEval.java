package io.newsflow.enrich.topics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores topic tagging on labelled news (JSONL as {@link TopicModelTrainer} reads) through the front
 * door, {@link ArticleTagger#tag}, or, with {@code --model FILE}, a model file alone: first-topic
 * accuracy, macro-F1 over the topics present, precision and recall per topic, a confusion table, figures
 * per language and source, a reliability table (is a first topic scored 0.8 right 80% of the time?),
 * and the warm cost per article. {@code -Derrors=true} lists every miss (gold, first topic, score, title, lead);
 * {@code -Dlead=true} reads only the title and first sentence, as a news card (with {@code --model}).
 *
 * <pre>java -cp enrich/target/classes:enrich/target/test-classes:app/target/newsflow.jar \
 *   io.newsflow.enrich.topics.TopicEval [--model FILE] EVAL.jsonl...</pre>
 */
public final class TopicEval {

    public static void main(String[] args) throws IOException {
        LinearTopicModel model = null;
        List<TopicModelTrainer.Item> items = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model")) {
                try (InputStream in = Files.newInputStream(Path.of(args[++i]))) {
                    model = LinearTopicModel.read(in);
                }
            } else {
                items.addAll(TopicModelTrainer.read(Path.of(args[i])));
            }
        }
        Taxonomy taxonomy = Taxonomy.load();
        ArticleTagger tagger = model == null ? ArticleTagger.create() : null;
        List<String> codes =
                taxonomy.topics().stream().map(Taxonomy.Topic::code).toList();
        int k = codes.size();
        int[][] confusion = new int[k][k];
        Map<String, int[]> byGroup = new TreeMap<>();
        int[][] reliability = new int[10][2];
        double[] p = new double[k];
        // Warm-up, then time the pass.
        for (int i = 0; i < Math.min(200, items.size()); i++) {
            predict(items.get(i), tagger, model, codes, p);
        }
        long start = System.nanoTime();
        for (TopicModelTrainer.Item it : items) {
            int y = codes.indexOf(it.label());
            double[] best = predict(it, tagger, model, codes, p);
            int guess = (int) best[0];
            confusion[y][guess]++;
            boolean right = guess == y;
            if (!right && Boolean.getBoolean("errors")) {
                System.out.printf(
                        "miss %s -> %s %.2f\t%s | %s%n",
                        codes.get(y).substring(7, 9),
                        codes.get(guess).substring(7, 9),
                        best[1],
                        it.title(),
                        it.text().substring(0, Math.min(120, it.text().length())));
            }
            String source = it.source().split(";", 2)[0];
            for (String g : List.of("lang " + it.lang(), "source " + source)) {
                int[] c = byGroup.computeIfAbsent(g, x -> new int[2]);
                c[0] += right ? 1 : 0;
                c[1]++;
            }
            int bin = Math.min(9, (int) (best[1] * 10));
            reliability[bin][0] += right ? 1 : 0;
            reliability[bin][1]++;
        }
        double ms = (System.nanoTime() - start) / 1e6 / Math.max(1, items.size());
        report(items.size(), codes, taxonomy, confusion, byGroup, reliability, ms);
    }

    /** {index of the first topic, its score}. */
    private static double[] predict(
            TopicModelTrainer.Item it, ArticleTagger tagger, LinearTopicModel model, List<String> codes, double[] p) {
        if (tagger != null) {
            TopicTag first = tagger.tag(new TagInput(it.title(), it.text(), null, null, null, null))
                    .topics()
                    .get(0);
            return new double[] {codes.indexOf(first.code()), first.score()};
        }
        String text = Boolean.getBoolean("lead") ? TopicModelTrainer.firstSentence(it.text()) : it.text();
        TopicFeatures.Article a = model.features(it.title(), text, it.lang());
        double[] z = Boolean.getBoolean("pieces.only") ? model.pieceLogits(a.pieces()) : model.logits(a);
        double temperature = model.temperature().of(a);
        for (int t = 0; t < z.length; t++) {
            z[t] /= temperature;
        }
        TopicModelTrainer.softmax(z, p);
        int best = 0;
        for (int t = 1; t < p.length; t++) {
            if (p[t] > p[best]) {
                best = t;
            }
        }
        return new double[] {best, p[best]};
    }

    private static void report(
            int n,
            List<String> codes,
            Taxonomy taxonomy,
            int[][] confusion,
            Map<String, int[]> byGroup,
            int[][] reliability,
            double ms) {
        int k = codes.size();
        int right = 0;
        double f1Sum = 0;
        int present = 0;
        StringBuilder perTopic = new StringBuilder("topic\tgold\tprecision\trecall\tF1\n");
        for (int t = 0; t < k; t++) {
            right += confusion[t][t];
            int gold = 0;
            int predicted = 0;
            for (int u = 0; u < k; u++) {
                gold += confusion[t][u];
                predicted += confusion[u][t];
            }
            if (gold == 0) {
                continue;
            }
            present++;
            double precision = predicted == 0 ? 0 : (double) confusion[t][t] / predicted;
            double recall = (double) confusion[t][t] / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perTopic.append(String.format(
                    Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%.3f%n", taxonomy.get(t).label(), gold, precision, recall, f1));
        }
        System.out.printf(
                Locale.ROOT,
                "items %d  accuracy %.3f  macro-F1 %.3f (%d topics)  %.3f ms/article%n",
                n,
                (double) right / n,
                f1Sum / present,
                present,
                ms);
        System.out.print(perTopic);
        System.out.println("confusion (rows gold, columns first topic; topic = code's 2 leading digits)");
        StringBuilder head = new StringBuilder("gold\\got");
        for (String c : codes) {
            head.append('\t').append(c, 7, 9);
        }
        System.out.println(head);
        for (int t = 0; t < k; t++) {
            int gold = 0;
            StringBuilder row = new StringBuilder(codes.get(t).substring(7, 9));
            for (int u = 0; u < k; u++) {
                gold += confusion[t][u];
                row.append('\t').append(confusion[t][u] == 0 ? "." : confusion[t][u]);
            }
            if (gold > 0) {
                System.out.println(row);
            }
        }
        System.out.println("by group: accuracy (items)");
        byGroup.forEach((g, c) -> System.out.printf(Locale.ROOT, "  %s\t%.3f\t(%d)%n", g, (double) c[0] / c[1], c[1]));
        System.out.println("reliability: first-topic score bin, share right (items)");
        for (int b = 0; b < 10; b++) {
            if (reliability[b][1] > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "  %.1f-%.1f\t%.3f\t(%d)%n",
                        b / 10.0,
                        (b + 1) / 10.0,
                        (double) reliability[b][0] / reliability[b][1],
                        reliability[b][1]);
            }
        }
    }
}
