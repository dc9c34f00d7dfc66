package io.newsflow.app.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;

/**
 * CPU time, GC time and peak heap of this process (broker, stages and all) over one pass. The heap is
 * sampled every few milliseconds: the sum of the pools' own peaks would add maxima reached at different
 * moments and overstate it.
 */
final class ResourceMeter {

    /** What one pass used. */
    record Usage(
            long peakHeapBytes,
            long cpuNanos,
            long gcMillis,
            Map<String, Long> cpuByGroup,
            long meteredNanos,
            Map<String, StepProfile.Group> steps) {}

    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long startNanos = System.nanoTime();
    private final long cpuAtStart = processCpuNanos();
    private final long gcAtStart = gcMillis();
    private final ThreadCpu threadCpu = new ThreadCpu();
    private final StepProfile steps = StepProfile.start();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private ResourceMeter() {
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ResourceMeter start() {
        return new ResourceMeter();
    }

    Usage stop() throws InterruptedException {
        running = false;
        sampler.join();
        long cpu = processCpuNanos() - cpuAtStart;
        Map<String, Long> byGroup = threadCpu.byGroup(cpu);
        long metered = System.nanoTime() - startNanos;
        return new Usage(peak, cpu, gcMillis() - gcAtStart, byGroup, metered, steps.stop());
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
    }
}
