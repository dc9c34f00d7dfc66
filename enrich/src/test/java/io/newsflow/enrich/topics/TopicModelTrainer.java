package io.newsflow.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains {@code topic-model.bin.gz}, the weights of {@link LinearTopicModel}, from labelled news in
 * JSONL ({@code title}, {@code text}, {@code label} = an IPTC top-level code, {@code lang}, {@code source})
 * and from the IPTC Media Topics themselves (every concept's name and definition, labelled with its
 * top-level topic: the only source that covers all 17).
 *
 * <ol>
 *   <li>Every word piece of MiniLM's vocabulary is embedded alone by MiniLM (the model ships in a
 *       Maven artifact on the test classpath): a static vector per piece, as Model2Vec distils.
 *   <li>A softmax head is learnt on each article's weighted mean piece vector (weights a/(a + piece
 *       frequency)); applied to every piece's vector, it gives the per-piece topic scores the stream
 *       model keeps. The vectors themselves are not shipped.
 *   <li>Hashed words, pairs and letter 4-grams are learnt on top (the first part's logits fixed).
 * </ol>
 *
 * Each article is learnt twice, whole and as headline + first sentence, so that short items (feeds,
 * briefs) read like long ones; examples are weighted so each topic of each source counts alike. The
 * softmax temperature ({@link Temperature}: a curve over the article's length, one for English and one for
 * the other languages) is fitted so that scores hold on outlets the model has not seen: a probe model
 * learns without the sources named ({@code -Dcalibrate=SOURCE-PREFIX}; "BBC" holds out BBC News and BBC
 * Afrique), its log loss on them is minimised, then the model is trained again on everything.
 * {@code -Dprobe.out=FILE} keeps the probe, so the figures on the calibration source and on any set can be
 * measured with a model that never saw it.
 *
 * <pre>java -Xmx8g -Dcalibrate="BBC" -cp enrich/target/classes:enrich/target/test-classes:app/target/newsflow.jar \
 *   io.newsflow.enrich.topics.TopicModelTrainer ../shared/topics-data/iptc-mediatopics.jsonl \
 *   enrich/src/main/resources/io/newsflow/enrich/topics/topic-model.bin.gz TRAIN.jsonl...</pre>
 * The training files, their sources and licences are listed in the README (Topic tagging).
 */
public final class TopicModelTrainer {

    static final int HEAD_EPOCHS = Integer.getInteger("head.epochs", 12);
    static final int EPOCHS = Integer.getInteger("epochs", 6);
    static final double RATE = Double.parseDouble(System.getProperty("rate", "0.5"));
    static final double L2 = Double.parseDouble(System.getProperty("l2", "1e-6"));
    /** A language group with fewer held-out views than this takes the other group's temperature curve. */
    static final int MIN_CALIBRATION_VIEWS = 200;
    /** SIF's a: a piece seen once in a thousand pieces weighs half as much as a rare one. */
    static final double SIF = 1e-3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** One labelled text. */
    record Item(String title, String text, String label, String lang, String source) {}

    /**
     * One training view of an item; the hashed part learns it over {@code hashedTopics}: all 17 (null), but
     * fewer for a source that labels only some ({@link #PARTIAL_SOURCES}).
     */
    record Example(TopicFeatures.Article x, int y, double weight, boolean[] hashedTopics) {}

    /**
     * Sources whose labels cover only some topics and say nothing of the others (-Dpartial.sources, prefixes,
     * comma-separated). SIB-200 sorts encyclopaedic sentences into six topics, none of them economy or crime,
     * and it is nearly all the labelled text we have in most of its twenty languages: learnt over all 17
     * topics, those languages' words learnt "never economy". Its non-English items are learnt over its own
     * topics in the hashed part. The distilled part still learns them over all 17: its head is shared by
     * every script, and scripts MiniLM reads letter by letter (Arabic, Korean) otherwise fall to one topic.
     * English has news of every topic, and its SIB items learnt over all 17 did better on the probe.
     * BBC Afrique (MasakhaNEWS' French) files five topics, none of them arts, environment or crime, and it is
     * the only French news we have: learnt over all 17, French culture and climate words learnt "economy" or
     * "politics" (Le Monde's cards, README).
     */
    static final List<String> PARTIAL_SOURCES =
            List.of(System.getProperty("partial.sources", "SIB-200,BBC Afrique").split(","));

    /**
     * Sources whose items count a fraction of their weight ({@code -Dsource.weights=PREFIX=0.5,...}, matched by
     * prefix of the source name). By default English news read through the glossary ({@code glossed_news.py})
     * counts half: as much push as half as many items, with twice their words (README, Topic tagging).
     */
    static final Map<String, Double> SOURCE_WEIGHTS =
            sourceWeights(System.getProperty("source.weights", "Glossed English news=0.5"));

    static Map<String, Double> sourceWeights(String spec) {
        Map<String, Double> out = new HashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0) {
                out.put(
                        part.substring(0, eq).strip(),
                        Double.parseDouble(part.substring(eq + 1).strip()));
            }
        }
        return out;
    }

    /** MiniLM's vocabulary and each piece's own vector. */
    record PieceVectors(WordPieces vocabulary, float[][] vectors) {}

    public static void main(String[] args) throws IOException {
        Path taxonomyFile = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Item> items = new ArrayList<>(taxonomy(taxonomyFile));
        for (int i = 2; i < args.length; i++) {
            items.addAll(read(Path.of(args[i])));
        }
        List<String> codes =
                Taxonomy.load().topics().stream().map(Taxonomy.Topic::code).toList();
        PieceVectors pv = cachedPieceVectors(System.getProperty("pieces.cache"));
        // Calibrate for outlets the model has not seen: a probe learns without one source, whose
        // items then fit the temperature (-Dcalibrate=SOURCE-PREFIX; default: every fifth item).
        String calibrate = System.getProperty("calibrate");
        List<Item> fit = new ArrayList<>();
        List<Item> held = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean aside = calibrate == null
                    ? i % 5 == 4 && !it.source().equals("iptc")
                    : it.source().startsWith(calibrate);
            (aside ? held : fit).add(it);
        }
        System.out.printf("calibration items %d%n", held.size());
        LinearTopicModel probe = train(fit, codes, pv);
        Temperature temperature = fitTemperature(probe, held, codes);
        String probeOut = System.getProperty("probe.out");
        if (probeOut != null) {
            // The model that never saw the calibration source: the one its figures are measured with.
            try (OutputStream os = Files.newOutputStream(Path.of(probeOut))) {
                probe.withTemperature(temperature).write(os);
            }
        }
        System.out.printf("items %d, temperature %s%n", items.size(), temperature);
        LinearTopicModel model = train(items, codes, pv).withTemperature(temperature);
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf("wrote %s (%d bytes)%n", out, Files.size(out));
    }

    static List<Item> read(Path file) throws IOException {
        List<Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            if (n.path("label").isTextual()) {
                out.add(new Item(
                        n.path("title").asText(""),
                        n.path("text").asText(""),
                        n.path("label").asText(),
                        n.path("lang").asText("und"),
                        n.path("source").asText(file.getFileName().toString())));
            }
        }
        return out;
    }

    /** Every in-use concept of the taxonomy as a tiny document of its top-level topic. */
    static List<Item> taxonomy(Path file) throws IOException {
        List<Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode n = JSON.readTree(line);
            if (n.path("retired").isNull()) {
                out.add(new Item(
                        n.path("name").asText(),
                        n.path("definition").asText(),
                        n.path("top").asText(),
                        "en",
                        "iptc"));
            }
        }
        return out;
    }

    /** {@link #pieceVectors()} kept in {@code cache} (if given) between runs of the same MiniLM. */
    static PieceVectors cachedPieceVectors(String cache) throws IOException {
        if (cache != null && Files.isRegularFile(Path.of(cache))) {
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(cache))))) {
                int n = in.readInt();
                int dim = in.readInt();
                List<String> pieces = new ArrayList<>(n);
                float[][] vectors = new float[n][dim];
                for (int i = 0; i < n; i++) {
                    pieces.add(in.readUTF());
                    for (int j = 0; j < dim; j++) {
                        vectors[i][j] = in.readFloat();
                    }
                }
                return new PieceVectors(new WordPieces(pieces), vectors);
            }
        }
        PieceVectors pv = pieceVectors();
        if (cache != null) {
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(cache))))) {
                out.writeInt(pv.vectors().length);
                out.writeInt(pv.vectors()[0].length);
                for (int i = 0; i < pv.vectors().length; i++) {
                    out.writeUTF(pv.vocabulary().pieces().get(i));
                    for (float x : pv.vectors()[i]) {
                        out.writeFloat(x);
                    }
                }
            }
        }
        return pv;
    }

    /** Embeds each piece of MiniLM's vocabulary alone (about a minute on one core). */
    static PieceVectors pieceVectors() throws IOException {
        List<String> pieces = new ArrayList<>();
        try (InputStream in = TopicModelTrainer.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IOException(TOKENIZER + " is not on the classpath (langchain4j MiniLM artifact)");
            }
            JsonNode vocab = JSON.readTree(in).path("model").path("vocab");
            String[] byId = new String[vocab.size()];
            for (Map.Entry<String, JsonNode> e : vocab.properties()) {
                byId[e.getValue().asInt()] = e.getKey();
            }
            Collections.addAll(pieces, byId);
        }
        Embedder embedder = OnnxEmbedder.shared();
        float[][] vectors = new float[pieces.size()][];
        List<String> batch = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < pieces.size(); id++) {
            String p = pieces.get(id);
            if (!p.startsWith("[")) {
                batch.add(p.startsWith("##") ? p.substring(2) : p);
                ids.add(id);
            }
            if (batch.size() == 128 || (id == pieces.size() - 1 && !batch.isEmpty())) {
                float[][] part = embedder.embed(batch);
                for (int j = 0; j < part.length; j++) {
                    vectors[ids.get(j)] = part[j];
                }
                batch.clear();
                ids.clear();
            }
        }
        int dim = vectors[ids.isEmpty() ? pieces.indexOf("the") : ids.get(0)].length;
        for (int id = 0; id < vectors.length; id++) {
            if (vectors[id] == null) {
                vectors[id] = new float[dim];
            }
        }
        return new PieceVectors(new WordPieces(pieces), vectors);
    }

    static List<Example> examples(List<Item> items, List<String> codes, WordPieces vocabulary) {
        Map<String, Integer> perSourceLabel = new HashMap<>();
        Map<String, Integer> perSource = new HashMap<>();
        Map<String, Integer> labelsOfSource = new HashMap<>();
        for (Item it : items) {
            if (perSourceLabel.merge(it.source() + "\t" + it.label(), 1, Integer::sum) == 1) {
                labelsOfSource.merge(it.source(), 1, Integer::sum);
            }
            perSource.merge(it.source(), 1, Integer::sum);
        }
        Map<String, boolean[]> topicsOfSource = new HashMap<>();
        for (Item it : items) {
            int y = codes.indexOf(it.label());
            if (y >= 0) {
                topicsOfSource.computeIfAbsent(it.source(), s -> new boolean[codes.size()])[y] = true;
            }
        }
        List<Example> out = new ArrayList<>();
        for (Item it : items) {
            int y = codes.indexOf(it.label());
            if (y < 0) {
                continue;
            }
            boolean partial = !it.lang().equals("en")
                    && PARTIAL_SOURCES.stream()
                            .anyMatch(p -> !p.isBlank() && it.source().startsWith(p));
            boolean[] topics = partial ? topicsOfSource.get(it.source()) : null;
            // A source's topics weigh alike: a rare topic's items count more (at most 3 times).
            double w = (double) perSource.get(it.source())
                    / labelsOfSource.get(it.source())
                    / perSourceLabel.get(it.source() + "\t" + it.label());
            w = Math.min(3, w);
            for (Map.Entry<String, Double> e : SOURCE_WEIGHTS.entrySet()) {
                if (it.source().startsWith(e.getKey())) {
                    w *= e.getValue();
                }
            }
            out.add(new Example(TopicFeatures.read(it.title(), it.text(), it.lang(), vocabulary), y, w, topics));
            String lead = firstSentence(it.text());
            if (!it.title().isBlank()
                    && !lead.isEmpty()
                    && lead.length() < it.text().length()) {
                out.add(new Example(TopicFeatures.read(it.title(), lead, it.lang(), vocabulary), y, w, topics));
            }
        }
        return out;
    }

    static String firstSentence(String text) {
        String t = text.strip();
        int end = -1;
        for (int i = 40; i < t.length() - 1 && i < 400; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '。') && Character.isWhitespace(t.charAt(i + 1))) {
                end = i + 1;
                break;
            }
        }
        return end < 0 ? (t.length() > 300 ? t.substring(0, 300) : t) : t.substring(0, end);
    }

    static LinearTopicModel train(List<Item> items, List<String> codes, PieceVectors pv) {
        List<Example> data = examples(items, codes, pv.vocabulary());
        int k = codes.size();
        int n = pv.vocabulary().size();
        // Piece weights from the training text's piece frequencies (SIF).
        double[] counts = new double[n];
        double total = 0;
        for (Example e : data) {
            for (int id : e.x().pieces()) {
                counts[id]++;
                total++;
            }
        }
        float[] pieceWeight = new float[n];
        for (int id = 0; id < n; id++) {
            pieceWeight[id] = (float) (SIF / (SIF + counts[id] / Math.max(1, total)));
        }
        float[][] head = trainHead(data, pv.vectors(), pieceWeight, k);
        int dim = pv.vectors()[0].length;
        float[] pieceScore = new float[n * k];
        for (int id = 0; id < n; id++) {
            for (int t = 0; t < k; t++) {
                double s = 0;
                for (int j = 0; j < dim; j++) {
                    s += head[t][j] * pv.vectors()[id][j];
                }
                pieceScore[id * k + t] = (float) s;
            }
        }
        float[] bias = new float[k];
        for (int t = 0; t < k; t++) {
            bias[t] = head[t][dim];
        }
        float[] w = new float[TopicFeatures.BUCKETS * k];
        LinearTopicModel view = new LinearTopicModel(
                codes, bias, pv.vocabulary(), pieceWeight, pieceScore, w, null, 0, Temperature.constant(1));
        trainHashed(data, view, w, k);
        return view;
    }

    /** Softmax head (k x (dim + 1)) on each example's weighted mean piece vector. */
    static float[][] trainHead(List<Example> data, float[][] vectors, float[] pieceWeight, int k) {
        int dim = vectors[0].length;
        List<float[]> means = new ArrayList<>(data.size());
        for (Example e : data) {
            float[] m = new float[dim];
            double total = 0;
            for (int id : e.x().pieces()) {
                total += pieceWeight[id];
                for (int j = 0; j < dim; j++) {
                    m[j] += pieceWeight[id] * vectors[id][j];
                }
            }
            for (int j = 0; j < dim && total > 0; j++) {
                m[j] /= (float) total;
            }
            means.add(m);
        }
        float[][] head = new float[k][dim + 1];
        float[][] g2 = new float[k][dim + 1];
        List<Integer> order = indices(data.size());
        Random random = new Random(7);
        double[] p = new double[k];
        for (int epoch = 0; epoch < HEAD_EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double loss = 0;
            for (int i : order) {
                Example e = data.get(i);
                float[] m = means.get(i);
                for (int t = 0; t < k; t++) {
                    double z = head[t][dim];
                    for (int j = 0; j < dim; j++) {
                        z += head[t][j] * m[j];
                    }
                    p[t] = z;
                }
                softmax(p, p);
                loss -= e.weight() * Math.log(Math.max(1e-12, p[e.y()]));
                for (int t = 0; t < k; t++) {
                    double err = e.weight() * (p[t] - (t == e.y() ? 1 : 0));
                    for (int j = 0; j <= dim; j++) {
                        double g = err * (j == dim ? 1 : m[j]) + 1e-5 * head[t][j];
                        g2[t][j] += (float) (g * g);
                        head[t][j] -= (float) (0.1 * g / Math.sqrt(g2[t][j] + 1e-8));
                    }
                }
            }
            System.out.printf("head epoch %d loss %.4f%n", epoch, loss / data.size());
        }
        return head;
    }

    /** AdaGrad on the softmax loss over the hashed features, the piece part fixed; L2 on touched rows. */
    static void trainHashed(List<Example> data, LinearTopicModel view, float[] w, int k) {
        float[] g2 = new float[w.length];
        List<double[]> base = new ArrayList<>(data.size());
        for (Example e : data) {
            base.add(view.pieceLogits(e.x().pieces()));
        }
        List<Integer> order = indices(data.size());
        Random random = new Random(17);
        double[] p = new double[k];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double loss = 0;
            for (int i : order) {
                Example e = data.get(i);
                double[] z = base.get(i).clone();
                view.addHashed(e.x().hashed(), z);
                softmax(z, p, e.hashedTopics());
                loss -= e.weight() * Math.log(Math.max(1e-12, p[e.y()]));
                int[] ids = e.x().hashed().ids();
                float[] v = e.x().hashed().values();
                for (int j = 0; j < ids.length; j++) {
                    int row = ids[j] * k;
                    for (int t = 0; t < k; t++) {
                        double grad = e.weight() * (p[t] - (t == e.y() ? 1 : 0)) * v[j] + L2 * w[row + t];
                        g2[row + t] += (float) (grad * grad);
                        w[row + t] -= (float) (RATE * grad / Math.sqrt(g2[row + t] + 1e-8));
                    }
                }
            }
            System.out.printf("epoch %d loss %.4f%n", epoch, loss / data.size());
        }
    }

    /** 0 .. n-1, to be shuffled each epoch. */
    static List<Integer> indices(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    /** Softmax over the topics marked in {@code over} (null: all); the others get 0 (and so no gradient). */
    static void softmax(double[] z, double[] p, boolean[] over) {
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < z.length; t++) {
            if (over == null || over[t]) {
                max = Math.max(max, z[t]);
            }
        }
        double sum = 0;
        for (int t = 0; t < z.length; t++) {
            p[t] = over == null || over[t] ? Math.exp(z[t] - max) : 0;
            sum += p[t];
        }
        for (int t = 0; t < z.length; t++) {
            p[t] /= sum;
        }
    }

    static void softmax(double[] z, double[] p) {
        softmax(z, p, null);
    }

    /**
     * The {@link Temperature} that minimises the held-out log loss, each curve on its own items (English, and
     * the other languages; a group with too few items takes the other's curve). Each item counts whole and as
     * headline + first sentence, so that the curve spans both lengths. A grid is enough: two parameters.
     */
    static Temperature fitTemperature(LinearTopicModel model, List<Item> held, List<String> codes) {
        List<View> english = new ArrayList<>();
        List<View> other = new ArrayList<>();
        for (Item it : held) {
            int y = codes.indexOf(it.label());
            if (y >= 0) {
                List<View> group = TopicFeatures.english(it.lang()) ? english : other;
                group.add(view(model, it.title(), it.text(), it.lang(), y));
                String lead = firstSentence(it.text());
                if (!it.title().isBlank() && lead.length() < it.text().length()) {
                    group.add(view(model, it.title(), lead, it.lang(), y));
                }
            }
        }
        double[] en = english.size() >= MIN_CALIBRATION_VIEWS ? fitCurve(english, codes.size()) : null;
        double[] rest = other.size() >= MIN_CALIBRATION_VIEWS ? fitCurve(other, codes.size()) : null;
        double[] either = en != null ? en : rest != null ? rest : new double[] {1, 0};
        en = en != null ? en : either;
        rest = rest != null ? rest : either;
        System.out.printf("calibration views: %d English, %d other languages%n", english.size(), other.size());
        return new Temperature(en[0], en[1], rest[0], rest[1]);
    }

    /** One held-out view of an item: its logits, its length in own pieces, its gold topic. */
    private record View(double[] logits, int pieces, int y) {}

    private static View view(LinearTopicModel model, String title, String text, String lang, int y) {
        TopicFeatures.Article a = model.features(title, text, lang);
        return new View(model.logits(a), a.ownPieces(), y);
    }

    /** {base, slope} of the temperature curve with the least log loss on {@code views}. */
    private static double[] fitCurve(List<View> views, int k) {
        double[] best = {1, 0};
        double bestLoss = Double.MAX_VALUE;
        double[] z = new double[k];
        double[] p = new double[k];
        for (double slope = 0; slope <= 0.8001; slope += 0.05) {
            for (double base = 0.15; base <= 3.0001; base += 0.05) {
                Temperature t = new Temperature(base, slope, base, slope);
                double loss = 0;
                for (View v : views) {
                    double temperature = t.of(true, v.pieces());
                    for (int j = 0; j < k; j++) {
                        z[j] = v.logits()[j] / temperature;
                    }
                    softmax(z, p);
                    loss -= Math.log(Math.max(1e-12, p[v.y()]));
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = new double[] {base, slope};
                }
            }
        }
        return best;
    }
}
