package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverEveryValue() {
        Latencies l = new Latencies();
        for (long v = 2000; v >= 1; v--) { // more than the initial capacity, in reverse order
            l.add(v);
        }
        assertThat(l.count()).isEqualTo(2000);
        assertThat(l.percentile(50)).isEqualTo(1000);
        assertThat(l.percentile(99)).isEqualTo(1980);
        assertThat(l.percentile(100)).isEqualTo(2000);
    }

    @Test
    void noValuesNoPercentile() {
        assertThat(new Latencies().percentile(50)).isEqualTo(-1);
    }

    @Test
    void modesParseFromTheCommandLineSpelling() {
        assertThat(BenchMode.parse("both")).containsExactly(BenchMode.PASS_THROUGH, BenchMode.FULL);
        assertThat(BenchMode.parse("Pass-Through")).containsExactly(BenchMode.PASS_THROUGH);
        assertThat(BenchMode.parse("sink")).containsExactly(BenchMode.SINK);
        assertThatThrownBy(() -> BenchMode.parse("fast")).hasMessageContaining("full, pass-through, both or sink");
    }
}
