package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final BenchReport report = new BenchReport(new PrintStream(buffer, true, StandardCharsets.UTF_8), 2);

    private static PassResult pass(
            BenchMode mode, String label, long pages, double seconds, long clean, long dead, long withheld) {
        return new PassResult(
                mode,
                label,
                pages,
                pages * 30_000,
                (long) (seconds * 1e9),
                100,
                900,
                300L << 20,
                (long) (seconds * 1.5e9),
                40,
                clean,
                dead,
                withheld,
                true,
                Map.of("enrich", (long) (seconds * 1e9)),
                (long) (seconds * 1e9),
                Map.of("sink/dedup-store", clean * 500, "sink/story-store", clean * 1500, "enrich/none", 0L),
                Map.of("enrich", new StepProfile.Group(Map.of("DOM parse", 0.5, "chrome", 0.5), pages * 1_000_000L)),
                0);
    }

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void changelogBytesArePerArticleThatReachedTheSink() {
        PassResult p = pass(BenchMode.FULL, "1", 100, 1, 90, 5, 5);
        assertThat(p.changelogBytesPerArticle("sink")).isEqualTo(90 * 2000 / 95.0);
        report.changelog(List.of(p));
        assertThat(printed())
                .contains("full         1        enrich 0  sink 1895")
                .contains("sink/story-store 1421");
    }

    @Test
    void theBudgetSplitsEachStagesCpuPerPageByItsSteps() {
        report.budget(List.of(pass(BenchMode.FULL, "1", 100, 2, 100, 0, 0)));
        // enrich: 2 s of CPU over 100 pages = 20 ms/page, half of it parsing; 1 MB allocated per page
        assertThat(printed())
                .contains("total 30.0 ms/page")
                .contains("enrich   20.0 ms,   1.0 MB allocated:")
                .contains("DOM parse 10.00;")
                .contains("chrome 10.00;");
    }

    @Test
    void aPageThatNeverCameOutFailsTheCheckAndIsNamed() {
        List<PassResult> passes = List.of(pass(BenchMode.FULL, "1", 100, 1, 90, 5, 4));
        assertThat(report.nothingLost(passes)).isFalse();
        assertThat(printed()).contains("LOST in full 1: 100 pages in, 90 clean + 5 dead letters + 4 withheld");
        assertThat(passes.get(0).lost()).isEqualTo(1);
    }

    @Test
    void moreOutThanInIsNotNothingLostEither() {
        assertThat(report.nothingLost(List.of(pass(BenchMode.FULL, "1", 100, 1, 101, 0, 0))))
                .isFalse();
    }

    @Test
    void everyPageAccountedForPasses() {
        assertThat(report.nothingLost(List.of(pass(BenchMode.FULL, "1", 100, 1, 90, 6, 4))))
                .isTrue();
        assertThat(printed()).contains("nothing lost");
    }

    @Test
    void ratioUsesTheMedianOfMeasuredPassesAndIgnoresWarmUp() {
        report.ratio(List.of(
                pass(BenchMode.PASS_THROUGH, BenchPass.WARM_UP, 100, 10, 100, 0, 0),
                pass(BenchMode.PASS_THROUGH, "1", 1000, 2, 1000, 0, 0),
                pass(BenchMode.PASS_THROUGH, "2", 1000, 2.5, 1000, 0, 0),
                pass(BenchMode.PASS_THROUGH, "3", 1000, 10, 1000, 0, 0),
                pass(BenchMode.FULL, "1", 1000, 5, 1000, 0, 0)));
        // medians: pass-through 400 pages/s (1000 / 2.5), full 200 pages/s
        assertThat(printed())
                .contains("ratio: full pipeline 200.0 pages/s = 50% of pass-through 400.0 pages/s")
                .contains("≥ 50% met")
                .contains("≥ 200 pages/s met");
    }

    @Test
    void tableHasOneRowPerPassWithItsThroughput() {
        report.table(List.of(pass(BenchMode.FULL, "1", 500, 2, 500, 0, 0)));
        String row =
                printed().lines().filter(l -> l.startsWith("full")).findFirst().orElseThrow();
        assertThat(row.trim().split("\\s+")).hasSize(17).contains("250.0", "500", "75%");
    }
}
