package io.newsflow.enrich.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Out-of-sample measurement: random sentences from a word pool, each charset, printed as a table. */
class RandomSentenceScorecardTest {

    @Test
    void randomSentenceScorecard() {
        TextRepair repair = TextRepair.defaults();
        List<String> words = Mojibake.lines("/repair/clean-multiscript.txt").stream()
                .flatMap(l -> List.of(l.split(" ")).stream())
                .distinct()
                .toList();
        Random random = new Random(42);
        int perCharset = Integer.getInteger("repair.sentences", 300);
        StringBuilder report =
                new StringBuilder("\n| encoding | random sentences | repaired exactly |\n|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        int changedClean = 0;
        List<int[]> floors = new ArrayList<>();
        int clean = 0;
        for (LegacyCharset cs : LegacyCharset.ALL) {
            int cases = 0;
            int exact = 0;
            for (int k = 0; k < perCharset; k++) {
                StringBuilder sb = new StringBuilder();
                int n = 1 + random.nextInt(10);
                for (int w = 0; w < n; w++) {
                    sb.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                }
                String sentence = sb.toString();
                clean++;
                if (!repair.repair(sentence).text().equals(sentence)) {
                    changedClean++;
                    failures.add("CLEAN CHANGED: " + sentence + " -> "
                            + repair.repair(sentence).text());
                }
                String broken = Mojibake.of(sentence, cs);
                if (broken.equals(sentence)) {
                    continue;
                }
                cases++;
                String fixed = repair.repair(broken).text();
                if (fixed.equals(sentence)) {
                    exact++;
                } else {
                    failures.add(cs + ": " + sentence + "\n   got: " + fixed);
                }
            }
            report.append("| ")
                    .append(cs)
                    .append(" | ")
                    .append(cases)
                    .append(" | ")
                    .append(exact)
                    .append(" |\n");
            floors.add(new int[] {cases, exact});
        }
        report.append("| clean random sentences | ")
                .append(clean)
                .append(" | changed: ")
                .append(changedClean)
                .append(" |\n");
        System.out.println(report);
        assertThat(changedClean).isZero();
        failures.stream().limit(Integer.getInteger("repair.failures", 0)).forEach(System.out::println);
        for (int[] floor : floors) {
            assertThat(floor[1]).isGreaterThanOrEqualTo(floor[0] * 93 / 100);
        }
    }
}
