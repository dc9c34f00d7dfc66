package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow extract DIR}: one JSON line per file, whatever a file does, and the run goes on. */
class ExtractCommandTest {

    private static final String PROSE = "<p>The harbour council met on Tuesday evening and voted to approve the new"
            + " sea wall, after residents spoke for and against the plan for more than two hours.</p>";

    @TempDir
    Path dir;

    @Test
    void everyFileOfAFolderGetsOneLineAndHostileFilesDoNotEndTheRun() throws Exception {
        Files.writeString(
                dir.resolve("a-huge-lang.html"),
                "<!DOCTYPE html><html lang=\"" + "en-gb".repeat(100_000) + "\"><body>" + PROSE + PROSE
                        + "</body></html>");
        Files.write(dir.resolve("b-corrupt.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        Files.writeString(dir.resolve("c-blank.html"), "<html><body><p>\u00a0 \u00a0</p></body></html>");
        Files.writeString(
                dir.resolve("d-good.html"), "<html><body><article>" + PROSE + PROSE + "</article></body></html>");

        List<JsonNode> lines = run("extract", dir.toString());

        assertThat(lines).as(lines.toString()).hasSize(4);
        assertThat(lines.get(0).has("wordCount")).as(lines.get(0).toString()).isTrue();
        assertThat(lines.get(0).get("wordCount").asInt()).isGreaterThan(20);
        assertThat(lines.get(1).get("error").asText()).isEqualTo("unreadable-file");
        assertThat(lines.get(2).get("error").asText()).isIn("empty-article", "no-text");
        assertThat(lines.get(3).get("file").asText()).endsWith("d-good.html");
        assertThat(lines.get(3).get("text").asText()).contains("harbour council");
    }

    private static List<JsonNode> run(String... args) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Newsflow.commandLine().execute(args);
        } finally {
            System.setOut(stdout);
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            // the test JVM's logging shares stdout with the command; the jar logs to stderr
            if (line.startsWith("{")) out.add(json.readTree(line));
        }
        return out;
    }
}
