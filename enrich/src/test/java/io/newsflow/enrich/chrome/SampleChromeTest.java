package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five real samples against a human judgement of each line: the expected file lists the chrome
 * lines, with their kinds, in order; every other non-blank line is article and must be kept.
 */
class SampleChromeTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    @ParameterizedTest
    @MethodSource("io.newsflow.testkit.SharedData#seedNames")
    void removesExactlyTheJudgedChromeLines(String sample) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("samples", sample), StandardCharsets.UTF_8);
        List<String> expected = expected(sample);
        List<ChromeFilter.Verdict> verdicts = filter.judge(lines);

        List<String> actual = new ArrayList<>();
        for (ChromeFilter.Verdict v : verdicts) {
            if (v.removed()) {
                actual.add(v.kind() + "\t" + v.line().strip());
            }
        }
        if (!actual.equals(expected)) {
            fail(sample + ": chrome removed differs from the judged lines\n" + diff(verdicts, expected));
        }

        // and the public face agrees: kept = sample minus those lines, counts by kind
        ChromeFilter.Cleaned cleaned = filter.cleanLines(lines);
        List<String> keptNonBlank = cleaned.kept().stream()
                .filter(l -> !l.isBlank())
                .map(String::strip)
                .toList();
        List<String> wanted = new ArrayList<>();
        for (ChromeFilter.Verdict v : verdicts) {
            if (!v.removed() && !v.line().isBlank()) {
                wanted.add(v.line().strip());
            }
        }
        assertThat(keptNonBlank).containsExactlyElementsOf(wanted);
        Map<String, Integer> counts = new TreeMap<>();
        expected.forEach(e -> counts.merge(e.substring(0, e.indexOf('\t')), 1, Integer::sum));
        assertThat(cleaned.removed()).isEqualTo(counts);
    }

    @Test
    void everySampleInTheSharedFolderHasAJudgement() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.dir("samples"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .toList();
            assertThat(names)
                    .as("samples without an expected file")
                    .containsExactlyElementsOf(SharedData.seedNames().toList());
        }
    }

    private static List<String> expected(String sample) throws IOException {
        String name = "/chrome/samples/" + sample + ".expected";
        try (InputStream in = SampleChromeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                fail("expected file missing: src/test/resources" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> {
                        int tab = l.indexOf('\t');
                        return l.substring(0, tab) + "\t" + l.substring(tab + 1).strip();
                    })
                    .toList();
        }
    }

    /** Every non-blank line with what was judged and what happened; mismatches flagged with '!'. */
    private static String diff(List<ChromeFilter.Verdict> verdicts, List<String> expected) {
        StringBuilder out = new StringBuilder();
        int e = 0;
        for (int n = 0; n < verdicts.size(); n++) {
            ChromeFilter.Verdict v = verdicts.get(n);
            if (v.line().isBlank()) {
                continue;
            }
            String text = v.line().strip();
            String want = null;
            if (e < expected.size() && expected.get(e).endsWith("\t" + text)) {
                want = expected.get(e).substring(0, expected.get(e).indexOf('\t'));
                e++;
            }
            boolean ok = v.removed() ? v.kind().equals(want) : want == null;
            out.append(String.format(
                    "%s %3d want %-13s got %-13s %s%s%n",
                    ok ? " " : "!",
                    n + 1,
                    want == null ? "keep" : want,
                    v.removed() ? v.kind() : "keep",
                    text.length() > 80 ? text.substring(0, 80) + "…" : text,
                    ok || !v.removed() ? "" : "   (" + v.why() + ")"));
        }
        for (; e < expected.size(); e++) {
            out.append("! expected line not found in order: ")
                    .append(expected.get(e))
                    .append('\n');
        }
        return out.toString();
    }
}
