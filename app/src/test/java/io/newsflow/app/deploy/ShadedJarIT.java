package io.newsflow.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.language.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The two runnable jars the build makes, as shipped: native code for Linux only, Lingua models for exactly the
 * languages the detector asks for, and no Kafka broker in the stages' jar, which still extracts a page and
 * refuses {@code local} with a usage error.
 */
class ShadedJarIT {

    private static final Path FULL = Path.of("target/newsflow.jar");
    private static final Path STAGES = Path.of("target/newsflow-stages.jar");

    @Test
    void carryNativeCodeForLinuxOnly() throws IOException {
        for (Path jar : List.of(FULL, STAGES)) {
            assertThat(entries(jar))
                    .as("native libraries for other systems in %s", jar)
                    .noneMatch(e -> e.endsWith(".dll")
                            || e.endsWith(".dylib")
                            || e.endsWith(".jnilib")
                            || e.endsWith(".pdb")
                            || e.contains(".dSYM/")
                            || e.endsWith("-musl.so"))
                    .noneMatch(e -> e.startsWith("ai/onnxruntime/") || e.endsWith(".onnx"))
                    .contains("librocksdbjni-linux64.so", "librocksdbjni-linux-aarch64.so")
                    .contains("io/newsflow/enrich/topics/topic-model.bin.gz");
        }
    }

    @Test
    void carryTheDetectorsLanguageModelsAndNoOthers() throws IOException {
        Set<String> wanted = new TreeSet<>(LanguageDetector.languageCodes());
        for (Path jar : List.of(FULL, STAGES)) {
            Set<String> carried = new TreeSet<>();
            for (String e : entries(jar)) {
                if (e.startsWith("language-models/") && e.endsWith(".json")) {
                    carried.add(e.split("/")[1]);
                }
            }
            assertThat(carried).as("Lingua models in %s", jar).isEqualTo(wanted);
        }
    }

    @Test
    void stagesJarHoldsNoBroker() throws IOException {
        assertThat(entries(STAGES))
                .noneMatch(e -> e.startsWith("io/newsflow/broker/")
                        || e.startsWith("kafka/server/")
                        || e.startsWith("scala/")
                        || e.startsWith("org/apache/kafka/raft/"))
                .contains("org/apache/kafka/streams/KafkaStreams.class", "io/newsflow/app/Newsflow.class");
        assertThat(entries(FULL)).contains("io/newsflow/broker/EmbeddedKafkaBroker.class");
        assertThat(Files.size(STAGES)).isLessThan(Files.size(FULL));
    }

    @Test
    void stagesJarExtractsAndRefusesLocal() throws Exception {
        Path page = Path.of("../samples").toAbsolutePath().normalize();
        Run extract = run(STAGES, "extract", page.toString());
        assertThat(extract.exit).as(extract.output).isZero();
        assertThat(extract.output).contains("\"title\"").contains("\"language\":\"en\"");

        Run local = run(STAGES, "local", "--input", page.toString());
        assertThat(local.exit).isEqualTo(2);
        assertThat(local.output).contains("holds no embedded Kafka broker").contains("newsflow.jar");
    }

    private static List<String> entries(Path jar) throws IOException {
        assertThat(jar).as("built by mvn package").exists();
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(ZipEntry::getName).forEach(names::add);
        }
        return names;
    }

    private record Run(int exit, String output) {}

    private static Run run(Path jar, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
