package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadNamesSayWhichPartOfThePipelineTheyAre() {
        assertThat(ThreadCpu.group("enrich-bench2-full-7f3ca1d2-55aa-4c1e-9f00-1b2c3d4e5f60-StreamThread-1"))
                .isEqualTo("enrich");
        assertThat(ThreadCpu.group("sink-bench2-full-0a1b-StreamThread-2")).isEqualTo("sink");
        assertThat(ThreadCpu.group("newsflow-page-3"))
                .as("PageBudget's worker does enrich's work")
                .isEqualTo("enrich");
        assertThat(ThreadCpu.group("kafka-producer-network-thread | enrich-bench2-full-0a1b-StreamThread-1-producer"))
                .isEqualTo("clients");
        assertThat(ThreadCpu.group("data-plane-kafka-request-handler-0")).isEqualTo("broker");
        assertThat(ThreadCpu.group("ForkJoinPool.commonPool-worker-1")).isEqualTo("publish");
        assertThat(ThreadCpu.group("main")).isEqualTo("other");
    }

    @Test
    void cpuSpentByAThreadIsCountedInItsGroupAndTheRestIsTheRemainder() throws InterruptedException {
        ThreadCpu cpu = new ThreadCpu();
        CountDownLatch spent = new CountDownLatch(1);
        CountDownLatch measured = new CountDownLatch(1);
        Thread busy = new Thread(
                () -> {
                    // burn 100 ms of CPU however loaded the machine is, then stay alive until measured
                    long until = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + 100_000_000L;
                    double x = 0;
                    while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < until) {
                        x += Math.sqrt(x + 1);
                    }
                    spent.countDown();
                    try {
                        measured.await();
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                },
                "sink-test-StreamThread-1");
        busy.start();
        spent.await();
        Map<String, Long> groups = cpu.byGroup(100_000_000_000L);
        measured.countDown();
        busy.join();
        assertThat(groups).containsKeys(ThreadCpu.NAMES.toArray(String[]::new));
        assertThat(groups.get("sink")).isGreaterThanOrEqualTo(100_000_000L);
        assertThat(groups.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_000_000_000L);
    }
}
