package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;

class StepProfileTest {

    @Test
    void anOperatorsOwnFlightRecordingDoesNotStopTheProfile() throws InterruptedException {
        // An operator's -XX:StartFlightRecording puts its events in every dump, samples or not: here sleeps,
        // which have no sampled thread. The profile read them as samples and failed the whole bench.
        try (Recording operators = new Recording()) {
            operators.enable("jdk.ThreadSleep").withThreshold(Duration.ZERO);
            operators.start();
            StepProfile profile = StepProfile.start();
            Thread worker = new Thread(StepProfileTest::burnThenSleep, "enrich-test-StreamThread-1");
            worker.start();
            worker.join();

            Map<String, StepProfile.Group> groups = profile.stop();

            assertThat(groups).containsKeys("enrich", "sink");
            assertThat(groups.get("enrich").shareByStep())
                    .as("the enrich thread's CPU was sampled")
                    .isNotEmpty();
        }
    }

    private static void burnThenSleep() {
        long until = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + 300_000_000L;
        double x = 0;
        while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < until) {
            x += Math.sqrt(x + 1);
        }
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (x < 0) {
            throw new AssertionError(x);
        }
    }
}
