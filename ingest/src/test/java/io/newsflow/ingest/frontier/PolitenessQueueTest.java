package io.newsflow.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolitenessQueueTest {

    @Test
    void aNewKeyWaitsTheInitialDelay() throws Exception {
        PolitenessQueue<String> q = new PolitenessQueue<>(Duration.ofMillis(150));
        long t0 = System.nanoTime();
        q.add("a", "a1");
        assertThat(q.poll(Duration.ofSeconds(1)))
                .map(PolitenessQueue.Lease::item)
                .contains("a1");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void oneLeasePerKeyAndTheDelayCountsFromRelease() throws Exception {
        PolitenessQueue<String> q = new PolitenessQueue<>(Duration.ZERO);
        q.add("a", "a1");
        q.add("a", "a2");
        PolitenessQueue.Lease<String> first = q.poll(Duration.ofMillis(100)).orElseThrow();
        assertThat(q.poll(Duration.ofMillis(100))).as("key busy").isEmpty();
        q.release("a", Duration.ofMillis(200));
        long released = System.nanoTime();
        assertThat(q.poll(Duration.ofSeconds(1)))
                .map(PolitenessQueue.Lease::item)
                .contains("a2");
        assertThat(Duration.ofNanos(System.nanoTime() - released)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(first.item()).isEqualTo("a1");
    }

    @Test
    void countsTheKeysThatHaveWorkWaiting() throws Exception {
        PolitenessQueue<String> q = new PolitenessQueue<>(Duration.ZERO);
        q.add("a", "a1");
        q.add("a", "a2");
        q.add("b", "b1");
        assertThat(q.queuedKeys()).isEqualTo(2);
        q.poll(Duration.ofSeconds(1)).orElseThrow();
        q.poll(Duration.ofSeconds(1)).orElseThrow();
        assertThat(q.queuedKeys())
                .as("one key's last request is out, the other still has one")
                .isEqualTo(1);
    }

    @Test
    void aWaitingKeyDoesNotBlockAReadyOne() throws Exception {
        PolitenessQueue<String> q = new PolitenessQueue<>(Duration.ZERO);
        q.add("slow", "s1");
        q.add("slow", "s2");
        q.release("slow", Duration.ZERO);
        PolitenessQueue.Lease<String> s1 = q.poll(Duration.ofMillis(100)).orElseThrow();
        q.release(s1.key(), Duration.ofSeconds(30)); // e.g. Crawl-delay: 30
        q.add("fast", "f1");
        long t0 = System.nanoTime();
        assertThat(q.poll(Duration.ofSeconds(1)))
                .map(PolitenessQueue.Lease::item)
                .contains("f1");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void removedKeysStartOverWithTheFullDelay() throws Exception {
        PolitenessQueue<Map.Entry<String, Integer>> q = new PolitenessQueue<>(Duration.ofMillis(200));
        q.add("a", Map.entry("a", 1));
        assertThat(q.removeIf(e -> e.getKey().equals("a"))).hasSize(1);
        assertThat(q.size()).isZero();
        q.add("a", Map.entry("a", 2));
        Optional<PolitenessQueue.Lease<Map.Entry<String, Integer>>> early = q.poll(Duration.ofMillis(50));
        assertThat(early).isEmpty();
    }

    @Test
    void heldQueueHandsOutNothing() throws Exception {
        PolitenessQueue<String> q = new PolitenessQueue<>(Duration.ZERO);
        q.add("a", "a1");
        q.hold();
        assertThat(q.poll(Duration.ofMillis(50))).isEmpty();
        q.resume();
        assertThat(q.poll(Duration.ofMillis(50))).isPresent();
    }

    @Test
    void offsetTrackerCommitsUpToTheLowestOpenOffset() {
        OffsetTracker<String> t = new OffsetTracker<>();
        for (long o = 0; o < 5; o++) t.opened("p0", o);
        t.closed("p0", 0);
        t.closed("p0", 2);
        t.closed("p0", 3);
        assertThat(t.committable()).containsEntry("p0", 1L);
        t.closed("p0", 1);
        t.closed("p0", 4);
        assertThat(t.committable()).containsEntry("p0", 5L);
    }
}
