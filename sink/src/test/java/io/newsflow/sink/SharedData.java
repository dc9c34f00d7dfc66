package io.newsflow.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared folder beside the checkout (samples, extraction-dev): read at test time, never copied. */
public final class SharedData {

    private SharedData() {}

    public static Path dir() {
        String prop = System.getProperty("newsflow.shared.dir");
        if (prop == null) {
            throw new IllegalStateException(
                    "system property newsflow.shared.dir is not set: run the tests through Maven "
                            + "(surefire/failsafe set it) or pass -Dnewsflow.shared.dir=/path/to/shared");
        }
        Path dir = Path.of(prop);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(
                    "the shared folder " + dir.toAbsolutePath().normalize()
                            + " (newsflow.shared.dir) is missing: these tests read the real samples from there");
        }
        return dir;
    }

    /** A sample report: its first line is the headline, the rest the body. */
    public record Sample(String name, String title, String text) {}

    /** The five reports of one event in shared/samples. */
    public static List<Sample> samples() {
        Path folder = dir().resolve("samples");
        try (Stream<Path> files = Files.list(folder)) {
            List<Sample> out = new ArrayList<>();
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String all = Files.readString(f, StandardCharsets.UTF_8).strip();
                int nl = all.indexOf('\n');
                out.add(new Sample(
                        f.getFileName().toString(),
                        all.substring(0, nl).strip(),
                        all.substring(nl + 1).strip()));
            }
            if (out.size() < 5) {
                throw new IllegalStateException(
                        "expected the five sample reports in " + folder + ", found " + out.size());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }
}
