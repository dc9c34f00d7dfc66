package io.newsflow.enrich.chrome;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared folder (samples, dev sets) that sits beside the checkout. The publishers own
 * that text, so tests read it in place; a missing folder fails the test rather than skipping it,
 * or a broken checkout would pass with the sample tests silently not run.
 */
final class SharedData {

    private SharedData() {}

    static Path dir(String sub) {
        String prop = System.getProperty("newsflow.shared.dir");
        Path base = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../shared");
        Path dir = base.resolve(sub).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            fail("shared test data missing: " + dir + " (set -Dnewsflow.shared.dir=<path to shared/>;"
                    + " it is not copied into the repo because the publishers own the text)");
        }
        return dir;
    }

    static Path file(String sub, String name) {
        Path file = dir(sub).resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("shared test file missing: " + file);
        }
        return file;
    }
}
