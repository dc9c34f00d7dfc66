package io.newsflow.enrich.chrome;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared folder (samples, dev sets) that sits beside the checkout. The publishers own
 * that text, so tests read it in place. A fresh clone has no such folder: the tests that need it
 * skip with a one-line reason (a file missing from a folder that is there still fails).
 */
public final class SharedData {

    private SharedData() {}

    public static Path dir(String sub) {
        String prop = System.getProperty("newsflow.shared.dir");
        Path base = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../shared");
        Path dir = base.resolve(sub).toAbsolutePath().normalize();
        assumeTrue(
                Files.isDirectory(dir),
                "shared test data absent: " + dir + " (set -Dnewsflow.shared.dir=<path to shared/>;"
                        + " it is not copied into the repo because the publishers own the text)");
        return dir;
    }

    public static Path file(String sub, String name) {
        Path file = dir(sub).resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("shared test file missing: " + file);
        }
        return file;
    }
}
