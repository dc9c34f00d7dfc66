package io.newsflow.app.deploy;

import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.kafka.PagePublisher;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code docker compose up} does, without Docker: reads {@code docker-compose.yml}, runs a real broker on a
 * folder that plays the {@code kafka-data} volume, and starts each Newsflow service's own command as a local
 * process with exactly the compose environment (service host names mapped to localhost, named volumes to local
 * folders, the image's {@code ENV} from the Dockerfile). Then: every sample page becomes one article on
 * articles.clean in the expected wire format, a forced dead letter shows on /metrics with its reason, every stage's
 * /ready is 200; everything stops, starts again on the same folders (ingest publishes the samples again, as a
 * second {@code up} would), and no article comes out twice. Prints one summary line last; exits 1 on any failure.
 *
 * <p>Deviations, each because one host is not a compose network: each stage gets its own ops port (in compose
 * every container has its own 8080), and the broker listens on a free port instead of kafka:9092. The registry is
 * the real Apicurio Registry named by {@code NEWSFLOW_TEST_REGISTRY_URL}; without one the services run without the
 * registry variable and the summary says so.
 *
 * <pre>usage: ComposeSmoke REPO_DIR WORK_DIR</pre>
 */
public final class ComposeSmoke {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private final Path repo;
    private final Path work;
    private final Map<String, Map<String, Object>> services;
    private final Map<String, String> imageEnv;
    private final String registryUrl = System.getenv("NEWSFLOW_TEST_REGISTRY_URL");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final Map<String, Integer> opsPorts = new HashMap<>();
    private EmbeddedKafkaBroker broker;

    private ComposeSmoke(Path repo, Path work) throws IOException {
        this.repo = repo;
        this.work = work;
        this.services = services(repo.resolve("docker-compose.yml"));
        this.imageEnv = imageEnv(repo.resolve("Dockerfile"));
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ComposeSmoke smoke = new ComposeSmoke(
                Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        String summary;
        try {
            summary = smoke.run();
        } catch (Exception | AssertionError e) {
            smoke.failures.add(e.toString());
            summary = "aborted";
        } finally {
            smoke.stopAll();
        }
        long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        boolean ok = smoke.failures.isEmpty();
        smoke.failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.printf("compose-smoke: %s %s in %d s%n", ok ? "PASS" : "FAIL", summary, s);
        System.exit(ok ? 0 : 1);
    }

    private String run() throws Exception {
        Files.createDirectories(work);
        int port = freePort();
        broker = EmbeddedKafkaBroker.start(volume("kafka-data"), port, Map.of());
        int pages = countSamples();

        startStages();
        check(runIngest() == 0, "ingest exited non-zero");
        publishDeadLetter();
        String clean = topic("NEWSFLOW_TOPICS_ARTICLES_CLEAN", "articles.clean");
        List<ConsumerRecord<String, byte[]>> first = awaitRecords(clean, pages);
        check(first.size() == pages, "articles.clean holds " + first.size() + " records for " + pages + " pages");
        String format = wireFormat(first);
        String deadLetters = awaitMetrics(pages);
        String ready = checkReady();

        stopAll();
        if ("1".equals(System.getenv("COMPOSE_SMOKE_WIPE_SINK_STATE"))) {
            wipe(volume("sink-state")); // proves the restore check can fail: a wiped sink rebuilds its stores
        }
        broker = EmbeddedKafkaBroker.start(volume("kafka-data"), port, Map.of());
        startStages();
        check(runIngest() == 0, "ingest exited non-zero after the restart");
        checkReady();
        String restored = restoredRecords();
        Thread.sleep(8000); // time for a duplicate to come out, if one would
        List<ConsumerRecord<String, byte[]>> after = readAll(clean, Duration.ofSeconds(5));
        long distinct = after.stream().map(ConsumerRecord::key).distinct().count();
        check(
                after.size() == pages && distinct == pages,
                "after the restart articles.clean holds " + after.size() + " records, " + distinct + " ids");
        return String.format(
                "pages=%d articles=%d format=%s dead_letter=%s ready=%s restart: articles=%d duplicates=%d "
                        + "sink_restored_records=%s registry=%s",
                pages,
                first.size(),
                format,
                deadLetters,
                ready,
                after.size(),
                after.size() - distinct,
                restored,
                registryUrl == null ? "unavailable(set NEWSFLOW_TEST_REGISTRY_URL)" : registryUrl);
    }

    // ---- compose file → local processes

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(Path compose) throws IOException {
        try (Reader r = Files.newBufferedReader(compose)) {
            Map<String, Object> doc = new Yaml().load(r);
            return (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    /** The final stage's {@code ENV} of the Dockerfile: what every container starts with. */
    private static Map<String, String> imageEnv(Path dockerfile) throws IOException {
        String text = Files.readString(dockerfile);
        String last = text.substring(text.lastIndexOf("\nFROM "));
        Matcher env = Pattern.compile("(?m)^ENV ((?:.*\\\\\\n)*.*)$").matcher(last);
        Map<String, String> out = new HashMap<>();
        while (env.find()) {
            Matcher kv = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(env.group(1));
            while (kv.find()) out.put(kv.group(1), kv.group(2).replace("\"", ""));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Process start(String service, String... extraArgs) throws IOException {
        Map<String, Object> s = services.get(service);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                // the image's jar: no embedded broker in it
                repo.resolve("app/target/newsflow-stages.jar").toString()));
        for (Object arg : (List<Object>) s.get("command")) cmd.add(localPath(String.valueOf(arg)));
        cmd.addAll(List.of(extraArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.redirectOutput(work.resolve(service + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("NEWSFLOW_") || k.equals("JAVA_TOOL_OPTIONS"));
        imageEnv.forEach((k, v) -> env.put(k, localPath(v)));
        ((Map<String, Object>) s.getOrDefault("environment", Map.of()))
                .forEach((k, v) -> env.put(k, localHost(String.valueOf(v))));
        for (Object v : (List<Object>) s.getOrDefault("volumes", List.of())) {
            String[] parts = String.valueOf(v).split(":");
            Files.createDirectories(volume(parts[0]));
            if (parts[1].equals(imageEnv.get("NEWSFLOW_STREAMS_STATE_DIR"))) {
                env.put("NEWSFLOW_STREAMS_STATE_DIR", volume(parts[0]).toString());
            }
        }
        if (registryUrl == null) env.remove("NEWSFLOW_KAFKA_SCHEMA_REGISTRY_URL");
        else env.put("NEWSFLOW_KAFKA_SCHEMA_REGISTRY_URL", registryUrl);
        if (opsPorts.containsKey(service))
            env.put("NEWSFLOW_OPS_PORT", opsPorts.get(service).toString());
        Process p = pb.start();
        running.put(service, p);
        return p;
    }

    private void startStages() throws IOException {
        for (String stage : List.of("enrich", "sink")) {
            opsPorts.computeIfAbsent(stage, s -> freePort());
            start(stage);
        }
    }

    private int runIngest() throws Exception {
        Process p = start("ingest");
        if (!p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        running.remove("ingest");
        return p.exitValue();
    }

    /** {@code kafka:9092} → the local broker; {@code registry:8080} → the registry given. */
    private String localHost(String value) {
        return value.replace("kafka:9092", broker.bootstrapServers());
    }

    /** The image's {@code /opt/newsflow/samples} is the repository's samples folder (the Dockerfile copies it). */
    private String localPath(String value) {
        return value.replace("/opt/newsflow/samples", repo.resolve("samples").toString());
    }

    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private Path volume(String name) {
        return work.resolve("volumes").resolve(name);
    }

    private void stopAll() {
        running.values().forEach(Process::destroy); // SIGTERM, as docker compose stop sends
        for (Process p : running.values()) {
            try {
                if (!p.waitFor(40, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    // ---- checks

    private int countSamples() throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("samples"))) {
            return (int) files.filter(f -> f.toString().matches(".*\\.(html|htm|txt)(\\.gz)?$"))
                    .count();
        }
    }

    private void publishDeadLetter() {
        byte[] png = new byte[2048];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        try (PagePublisher p = new PagePublisher(kafka(), topic("NEWSFLOW_TOPICS_PAGES_RAW", "pages.raw"))) {
            p.accept(RawPage.newBuilder()
                    .setUrl("https://images.example/smoke.png")
                    .setFetchedAt(Instant.now())
                    .setContentType("text/html")
                    .setBody(ByteBuffer.wrap(png))
                    .setSource(PageSource.CRAWL)
                    .build());
        }
    }

    private String wireFormat(List<ConsumerRecord<String, byte[]>> records) {
        boolean registry = registryUrl != null;
        for (ConsumerRecord<String, byte[]> r : records) {
            byte[] v = r.value();
            boolean ok = registry ? v[0] == 0 : (v[0] == (byte) 0xC3 && v[1] == 0x01);
            check(ok, "record " + r.key() + " is not in the " + (registry ? "registry" : "single-object") + " format");
        }
        return registry ? "registry(magic 0 + id)" : "single-object(C3 01)";
    }

    private String awaitMetrics(int pages) throws Exception {
        Pattern articles = Pattern.compile("(?m)^newsflow_enrich_pages_total\\{outcome=\"article\"[^}]*} ([0-9.]+)");
        Pattern dead = Pattern.compile(
                "(?m)^newsflow_enrich_pages_total\\{outcome=\"dead_letter\",reason=\"([^\"]+)\"[^}]*} ([0-9.]+)");
        long deadline = System.nanoTime() + WAIT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(opsPorts.get("enrich"), "/metrics").body();
            Matcher a = articles.matcher(body);
            Matcher d = dead.matcher(body);
            if (a.find() && Double.parseDouble(a.group(1)) >= pages && d.find()) {
                return d.group(1) + "x" + (long) Double.parseDouble(d.group(2));
            }
            Thread.sleep(500);
        }
        failures.add("enrich /metrics never showed " + pages + " articles and a dead letter with its reason");
        return "missing";
    }

    private String checkReady() throws Exception {
        List<String> ready = new ArrayList<>();
        for (String stage : List.of("enrich", "sink")) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                try {
                    status = get(opsPorts.get(stage), "/ready").statusCode();
                } catch (IOException notYet) {
                    status = 0;
                }
                if (status != 200) Thread.sleep(500);
            }
            check(status == 200, stage + " /ready answered " + status);
            if (status == 200) ready.add(stage);
        }
        return String.join(",", ready);
    }

    /**
     * Records the restarted sink read back from its changelogs: 0 when its stores were kept on the volume with their
     * offsets (Kafka 4.3 keeps them inside RocksDB, no {@code .checkpoint} file), every changelog record when they
     * were wiped and rebuilt.
     */
    private String restoredRecords() throws Exception {
        // The restore consumer is the one that reads changelogs back into the stores: what it consumed was restored.
        Pattern restore = Pattern.compile(
                "(?m)^kafka_consumer_fetch_manager_records_consumed_total\\{client_id=\"[^\"]*restore-consumer\"[^}]*} ([0-9.E]+)");
        String body = get(opsPorts.get("sink"), "/metrics").body();
        Files.writeString(
                work.resolve("sink-restore-metrics.txt"),
                String.join(
                        "\n", body.lines().filter(l -> l.contains("restore")).toList()));
        Matcher m = restore.matcher(body);
        double sum = 0;
        boolean seen = false;
        while (m.find()) {
            seen = true;
            sum += Double.parseDouble(m.group(1));
        }
        check(seen, "the sink's /metrics has no restore consumer counters");
        check(sum == 0, "the restarted sink restored " + (long) sum + " records: its stores were rebuilt");
        return seen ? Long.toString((long) sum) : "unknown";
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<ConsumerRecord<String, byte[]>> got = List.of();
        while (System.nanoTime() < deadline && got.size() < count) {
            got = readAll(topic, Duration.ofSeconds(2));
        }
        return got;
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration quiet) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = KafkaClients.consumer(kafka(), "compose-smoke", null)) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            long until = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < until) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private KafkaSettings kafka() {
        return new KafkaSettings(broker.bootstrapServers(), registryUrl, Map.of(), KafkaSettings.DEFAULT_RECORD_BYTES);
    }

    @SuppressWarnings("unchecked")
    private String topic(String variable, String fallback) {
        Object env = services.get("sink").getOrDefault("environment", Map.of());
        return String.valueOf(((Map<String, Object>) env).getOrDefault(variable, fallback));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void check(boolean ok, String failure) {
        if (!ok) failures.add(failure);
    }

    private static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
