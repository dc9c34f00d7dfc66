package io.newsflow.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRevisitScheduleTest {

    private final PageRevisitSchedule schedule = new PageRevisitSchedule(
            List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24), Duration.ofDays(3)), 2);
    private final Instant first = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void visitsAtFixedAgesAfterTheFirstFetchThenStops() {
        assertThat(schedule.next(first, first, 0)).contains(first.plus(Duration.ofHours(1)));
        assertThat(schedule.next(first, first.plus(Duration.ofMinutes(61)), 0))
                .contains(first.plus(Duration.ofHours(6)));
        assertThat(schedule.next(first, first.plus(Duration.ofHours(7)), 0)).contains(first.plus(Duration.ofHours(24)));
        assertThat(schedule.next(first, first.plus(Duration.ofHours(25)), 1)).contains(first.plus(Duration.ofDays(3)));
        assertThat(schedule.next(first, first.plus(Duration.ofDays(3)), 0)).isEmpty();
    }

    @Test
    void aPageThatKeptStillIsLeftAlone() {
        assertThat(schedule.next(first, first.plus(Duration.ofHours(7)), 1)).isPresent();
        assertThat(schedule.next(first, first.plus(Duration.ofHours(7)), 2)).isEmpty();
    }

    @Test
    void noneNeverRevisits() {
        assertThat(PageRevisitSchedule.none().next(first, first, 0)).isEmpty();
    }

    @Test
    void agesMustRise() {
        assertThatThrownBy(() -> new PageRevisitSchedule(List.of(Duration.ofHours(6), Duration.ofHours(1)), 2))
                .hasMessageContaining("rising");
    }
}
