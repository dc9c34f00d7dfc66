package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * newsflow bench end to end on its own embedded broker, with the six demo pages and one page that can
 * only be a dead letter: both modes run, and every row of the table adds up. Speed is never asserted.
 */
class BenchCommandIT {

    /** The repository's own demo pages, so that a clone with nothing beside it runs this test. */
    private static final Path DEMO = Path.of("../samples");

    @TempDir
    Path input;

    @Test
    void bothModesAccountForEveryPageAndReportConsistentFigures() throws IOException {
        copyDemoPages();
        Files.writeString(input.resolve("zz-empty.html"), "<html><body></body></html>"); // no article in it

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            exit = Newsflow.commandLine()
                    .execute("bench", "--input", input.toString(), "--pages", "7", "--warmup", "0");
        } finally {
            System.setOut(stdout);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        System.out.println(out);

        assertThat(exit).isZero();
        Map<String, List<String>> rows = out.lines()
                .filter(l -> l.matches("(full|pass-through) +\\d+ .*"))
                .map(l -> List.of(l.trim().split("\\s+")))
                .collect(Collectors.toMap(r -> r.get(0), Function.identity()));
        assertThat(rows).containsOnlyKeys("full", "pass-through");
        for (List<String> r : rows.values()) {
            assertThat(r).hasSize(17);
            long pages = Long.parseLong(r.get(2));
            long clean = Long.parseLong(r.get(13));
            long dead = Long.parseLong(r.get(14));
            long withheld = Long.parseLong(r.get(15));
            assertThat(pages).isEqualTo(7);
            assertThat(clean + dead + withheld).isEqualTo(pages);
            assertThat(r.get(16)).isEqualTo("0");
            assertThat(Double.parseDouble(r.get(4))).as("wall s").isPositive();
            assertThat(Double.parseDouble(r.get(5)))
                    .as("pages/s")
                    .isCloseTo(pages / Double.parseDouble(r.get(4)), Percentage.withPercentage(5));
            assertThat(Long.parseLong(r.get(7)))
                    .as("p50")
                    .isNotNegative()
                    .isLessThanOrEqualTo(Long.parseLong(r.get(8)));
            assertThat(Double.parseDouble(r.get(9))).as("heap MB").isPositive();
            assertThat(Double.parseDouble(r.get(10))).as("CPU s").isPositive();
        }
        assertThat(rows.get("pass-through").get(13))
                .as("pass-through makes an article of every page")
                .isEqualTo("7");
        assertThat(Long.parseLong(rows.get("full").get(14)))
                .as("the empty page is a dead letter in the full pipeline")
                .isPositive();
        assertThat(out).contains("% of pass-through", "nothing lost", "CPUs, load average");
        // seven pages give the 10 ms sampler too few samples to split by step: the lines are there, the steps vary
        assertThat(out)
                .containsPattern("enrich +[0-9.]+ ms, +[0-9.]+ MB allocated:")
                .containsPattern("sink +[0-9.]+ ms, +[0-9.]+ MB allocated:")
                .containsPattern("rest .* broker [0-9.]+;");
        Matcher changelog =
                Pattern.compile("full +1 +enrich (\\d+) +sink (\\d+)").matcher(out);
        assertThat(changelog.find()).as("a changelog line for the full pass").isTrue();
        assertThat(Long.parseLong(changelog.group(2)))
                .as("the sink's stores write changelogs")
                .isPositive();
    }

    @Test
    void aMissingInputIsAUsageError() {
        assertThat(Newsflow.commandLine()
                        .execute("bench", "--input", input.resolve("nowhere").toString()))
                .isEqualTo(2);
    }

    private void copyDemoPages() throws IOException {
        try (Stream<Path> pages = Files.list(DEMO)) {
            for (Path p : pages.filter(f -> !f.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
            }
        }
    }
}
