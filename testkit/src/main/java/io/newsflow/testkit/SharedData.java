package io.newsflow.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared folder that sits beside a checkout in CI and on the developers' machines: the five seed
 * samples and the extraction dev set. Their publishers own that text, so it is read in place, never copied
 * into the repository. A clone with nothing beside it skips the tests that need it, each with one line
 * saying why; CI, which has the folder, runs them all.
 */
public final class SharedData {

    private SharedData() {}

    /** The shared folder: {@code -Dnewsflow.shared.dir} (Maven sets it), else {@code ../../shared}. */
    public static Path root() {
        String prop = System.getProperty("newsflow.shared.dir");
        Path base = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../shared");
        return base.toAbsolutePath().normalize();
    }

    /** A folder below the shared folder; the calling test is skipped when it is absent. */
    public static Path dir(String sub) {
        Path dir = root().resolve(sub);
        assumeTrue(
                Files.isDirectory(dir),
                () -> "skipped: needs " + dir + ", which sits beside a checkout"
                        + " in CI (the publishers own that text, so the repository does not carry it)");
        return dir;
    }

    /** A file below the shared folder; the calling test is skipped when it is absent. */
    public static Path file(String sub, String name) {
        Path file = dir(sub).resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "skipped: needs " + file);
        return file;
    }

    /** The five seed documents' file names, for tests parameterised by seed ({@code @MethodSource}). */
    public static Stream<String> seedNames() {
        return Stream.of(
                "000_bb8677cc99adc531.txt",
                "001_8a5cf2dc6abd644f.txt",
                "002_365e933e9b9305cd.txt",
                "003_90152b6ba410b684.txt",
                "004_65259faf62a2be74.txt");
    }

    /** The five seed documents ({@code samples/*.txt}), sorted by name. */
    public static List<Path> samples() {
        Path dir = dir("samples");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> txt =
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (txt.size() != 5) {
                throw new IllegalStateException("expected the five seed documents in " + dir + ", found " + txt.size());
            }
            return txt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
