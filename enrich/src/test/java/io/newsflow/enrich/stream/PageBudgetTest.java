package io.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PageBudgetTest {

    @Test
    void workWithinTheBudgetGivesItsResult() {
        try (PageBudget budget = new PageBudget(Duration.ofSeconds(5))) {
            assertThat(budget.run(() -> "article", () -> "too-slow")).isEqualTo("article");
            assertThat(budget.run(() -> "again", () -> "too-slow")).isEqualTo("again");
        }
    }

    @Test
    void workOverTheBudgetGivesTheFallbackOnTimeAndTheNextWorkRunsOnAFreshWorker() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PageBudget budget = new PageBudget(Duration.ofMillis(100))) {
            long t0 = System.nanoTime();
            String slow = budget.run(
                    () -> {
                        // Ignores interruption, as a regex or a parser does.
                        while (true) {
                            try {
                                if (release.await(10, TimeUnit.SECONDS)) return "late";
                            } catch (InterruptedException e) {
                                // keeps going
                            }
                        }
                    },
                    () -> "too-slow");
            assertThat(slow).isEqualTo("too-slow");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            assertThat(budget.abandonedRunning()).isEqualTo(1);
            assertThat(budget.run(() -> "next", () -> "too-slow")).isEqualTo("next");
            release.countDown();
            for (int i = 0; i < 100 && budget.abandonedRunning() > 0; i++) Thread.sleep(20);
            assertThat(budget.abandonedRunning()).isZero();
        }
    }

    @Test
    void aBugInTheWorkIsNotHidden() {
        try (PageBudget budget = new PageBudget(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> budget.run(
                            () -> {
                                throw new IllegalStateException("bug");
                            },
                            () -> "too-slow"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("bug");
        }
    }
}
