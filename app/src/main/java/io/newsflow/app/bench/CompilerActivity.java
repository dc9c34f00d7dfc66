package io.newsflow.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The JIT compilers' own account of their work: the summed time their threads spent compiling. A warm-up pass
 * leaves a queue of methods waiting for the optimising compiler behind it (on two cores there is one such
 * thread); {@link #settle} waits until that queue has drained, so a measured pass starts warm rather than
 * paying for the warm-up's compilations.
 */
final class CompilerActivity {

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private CompilerActivity() {}

    /** Milliseconds spent compiling since the JVM started, summed over compiler threads; 0 when not known. */
    static long totalMillis() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported()
                ? COMPILER.getTotalCompilationTime()
                : 0;
    }

    /**
     * Waits until the compilers spent at most {@code quietMillis} compiling in a {@code window}, or until
     * {@code limit}; returns how long it waited.
     */
    static Duration settle(Duration window, long quietMillis, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long before = totalMillis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(window.toMillis());
            long now = totalMillis();
            if (now - before <= quietMillis) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
