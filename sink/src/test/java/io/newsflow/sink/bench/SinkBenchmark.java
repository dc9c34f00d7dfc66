package io.newsflow.sink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.sink.dedup.DedupSettings;
import io.newsflow.sink.dedup.Fingerprint;
import io.newsflow.sink.dedup.NearDuplicateIndex;
import io.newsflow.sink.state.MapTable;
import io.newsflow.sink.stories.StoryGrouper;
import io.newsflow.sink.stories.StoryInput;
import io.newsflow.sink.stories.StorySettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Articles per second through the sink's logic (MinHash fingerprint, dedup lookup and index, story
 * grouping), on a stream of distinct articles made of random real sentences (from
 * shared/extraction-dev/readability), with one copy in five. In-memory tables: this measures the algorithms, not RocksDB.
 * Each article carries a meaning vector of the size enrich gives (third argument, 64; 0 = none): a random
 * direction per headline, so that articles under one headline mean alike, as enrich's vectors (mostly
 * the headline's) would; random directions for all would open a story for nearly every article.
 *
 * <pre>
 * mvn -q -o -pl sink -am test-compile
 * mvn -q -o -pl sink dependency:build-classpath -Dmdep.outputFile=/tmp/sink.cp -Dmdep.includeScope=test
 * java -cp sink/target/test-classes:sink/target/classes:schema/target/classes:$(cat /tmp/sink.cp) \
 *      io.newsflow.sink.bench.SinkBenchmark ../shared 20000 64
 * </pre>
 */
public final class SinkBenchmark {

    private SinkBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int dims = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        List<String[]> bodies = load(shared.resolve("extraction-dev/readability/ground-truth.jsonl"));
        List<String> sentences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String[] b : bodies) {
            titles.add(b[0]);
            for (String sentence : b[1].split("(?<=[.!?])\\s+")) {
                if (sentence.split(" ").length >= 6) {
                    sentences.add(sentence);
                }
            }
        }
        Random rnd = new Random(1);
        List<StoryInput> stream = new ArrayList<>(n);
        long t = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            // a distinct article of 25 real sentences drawn at random; one in five a copy of the one before
            String text;
            if (i % 5 == 4) {
                text = "Advertisement. " + stream.get(i - 1).text();
            } else {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 25; k++) {
                    sb.append(sentences.get(rnd.nextInt(sentences.size()))).append(k % 5 == 4 ? "\n\n" : " ");
                }
                text = sb.toString();
            }
            String site = "site" + rnd.nextInt(50); // drawn in the order the stream always drew them
            String title = titles.get(rnd.nextInt(titles.size()));
            stream.add(new StoryInput("a" + i, site, title, text, List.of(), t += 30_000, null, meaning(title, dims)));
        }
        System.out.printf(
                "%d sentences from %d real articles; average article %d words%n",
                sentences.size(),
                bodies.size(),
                stream.stream().mapToInt(a -> a.text().split("\\s+").length).sum() / n);
        for (int round = 0; round < 3; round++) {
            run(stream, round < 2 ? "warm-up" : "measured");
        }
    }

    private static float[] meaning(String title, int dims) {
        if (dims == 0) {
            return null;
        }
        Random rnd = new Random(title.hashCode());
        float[] v = new float[dims];
        double norm = 0;
        for (int d = 0; d < dims; d++) {
            v[d] = (float) rnd.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dims; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static void run(List<StoryInput> stream, String label) {
        NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), new MapTable<>(), new MapTable<>());
        // -Dmerge=1.5 measures story merges, which are off by default
        StorySettings stories =
                StorySettings.defaults().withMergeThreshold(Double.parseDouble(System.getProperty("merge", "0")));
        StoryGrouper grouper = new StoryGrouper(stories, new MapTable<>(), new MapTable<>(), new MapTable<>());
        int copies = 0;
        long start = System.nanoTime();
        for (int i = 0; i < stream.size(); i++) {
            StoryInput a = stream.get(i);
            Fingerprint fp = index.fingerprint(a.text());
            String hash = Integer.toHexString(a.text().hashCode());
            Optional<NearDuplicateIndex.Match> m = index.findOriginal(a.id(), hash, fp);
            if (m.isPresent()) {
                copies++;
                continue;
            }
            index.index(a.id(), hash, fp, a.time());
            grouper.assign(a);
            if (i % 1000 == 999) {
                index.evict(a.time());
                grouper.evict(a.time());
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%s: %d articles (%d copies) in %.2f s: %.0f articles/s%n",
                label, stream.size(), copies, secs, stream.size() / secs);
    }

    private static List<String[]> load(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                String body = node.path("articleBody").asText("");
                if (body.length() > 300) {
                    out.add(new String[] {node.path("metadata").path("title").asText(""), body});
                }
            }
        }
        return out;
    }
}
