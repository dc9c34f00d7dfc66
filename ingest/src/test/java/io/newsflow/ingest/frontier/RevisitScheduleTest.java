package io.newsflow.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisitScheduleTest {

    private final RevisitSchedule schedule =
            new RevisitSchedule(Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofHours(6));

    @Test
    void halvesWhenNewItemsCameAndDoublesWhenNoneDid() {
        assertThat(schedule.first()).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.next(Duration.ofMinutes(15), 3)).isEqualTo(Duration.ofSeconds(450));
        assertThat(schedule.next(Duration.ofMinutes(15), 0)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void staysWithinItsBounds() {
        assertThat(schedule.next(Duration.ofMinutes(3), 1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.next(Duration.ofHours(4), 0)).isEqualTo(Duration.ofHours(6));
        assertThat(new RevisitSchedule(Duration.ofDays(1), Duration.ofMinutes(1), Duration.ofHours(1)).first())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void followsAFeedThatWakesUpAndFallsAsleep() {
        // a dormant night, a busy morning, then silence again
        int[] newItemsPerPoll = {0, 0, 0, 0, 0, 5, 4, 6, 2, 3, 0, 0};
        List<Long> minutes = new ArrayList<>();
        Duration d = schedule.first();
        for (int fresh : newItemsPerPoll) {
            d = schedule.next(d, fresh);
            minutes.add(d.toMinutes());
        }
        assertThat(minutes).containsExactly(30L, 60L, 120L, 240L, 360L, 180L, 90L, 45L, 22L, 11L, 22L, 45L);
    }

    @Test
    void refusesBoundsThatCannotHold() {
        assertThatThrownBy(() -> new RevisitSchedule(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
