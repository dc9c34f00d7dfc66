package io.newsflow.enrich.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the repair over generated mojibake: every clean fixture line, encoded as UTF-8 and
 * decoded with each supported wrong charset (once, and twice for double encoding), must come back
 * exactly. Prints a table; fails below the floor each encoding has reached.
 */
class RepairScorecardTest {

    private static final List<String> CLEAN = Mojibake.lines("/repair/clean-multiscript.txt");
    private final TextRepair repair = TextRepair.defaults();

    @Test
    void scorecard() {
        Map<String, int[]> table = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<LegacyCharset> charsets = new ArrayList<>(LegacyCharset.ALL);
        charsets.add(1, LegacyCharset.LATIN_1);
        for (LegacyCharset cs : charsets) {
            for (int times = 1; times <= 2; times++) {
                String row = cs.name() + (times == 2 ? " x2" : "");
                int[] counts = table.computeIfAbsent(row, k -> new int[2]);
                for (String line : CLEAN) {
                    String broken = Mojibake.of(line, cs, times);
                    if (broken.equals(line)) {
                        continue;
                    }
                    counts[0]++;
                    String fixed = repair.repair(broken).text();
                    if (fixed.equals(line)) {
                        counts[1]++;
                    } else {
                        failures.add(row + ": " + line + "\n   got: " + fixed);
                    }
                }
            }
        }
        int changed = 0;
        for (String line : CLEAN) {
            if (!repair.repair(line).text().equals(line)) {
                changed++;
            }
        }
        StringBuilder report = new StringBuilder("\n| encoding | cases | repaired exactly |\n|---|---|---|\n");
        table.forEach((k, v) -> report.append("| ")
                .append(k)
                .append(" | ")
                .append(v[0])
                .append(" | ")
                .append(v[1])
                .append(" |\n"));
        report.append("| clean lines | ")
                .append(CLEAN.size())
                .append(" | changed: ")
                .append(changed)
                .append(" |\n");
        System.out.println(report);
        failures.stream().limit(Integer.getInteger("repair.failures", 0)).forEach(System.out::println);
        assertThat(changed).isZero();
        table.forEach(
                (row, v) -> assertThat(v[1]).as("exact repairs via %s", row).isGreaterThanOrEqualTo(v[0] * 95 / 100));
    }
}
