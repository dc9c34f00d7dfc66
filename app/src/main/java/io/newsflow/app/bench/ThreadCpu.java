package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time of this process's Java threads over one pass, grouped by what they do (their names say it),
 * so a pass can tell where its CPU went without a profiler. Whatever the process spent outside Java
 * threads is the remainder of the process CPU time, of which the JIT compilers' and the collector's threads are
 * counted apart where the system tells ({@link VmThreadCpu}); the rest is native code.
 */
final class ThreadCpu {

    /** Groups in print order: first matching pattern wins; "other" takes the rest. */
    private static final List<Map.Entry<String, Pattern>> GROUPS = List.of(
            // a page's enrich work runs on its stream thread's page worker (PageBudget), so both are enrich
            Map.entry("enrich", Pattern.compile("^(enrich-.*StreamThread-\\d+|newsflow-page-\\d+)$")),
            Map.entry("sink", Pattern.compile("^sink-.*StreamThread-\\d+$")),
            Map.entry("clients", Pattern.compile("^kafka-(producer-network|admin-client)-thread.*")),
            Map.entry("publish", Pattern.compile("^ForkJoinPool\\.commonPool.*")),
            Map.entry(
                    "broker",
                    Pattern.compile("^(data-plane|kafka|broker|controller|quorum|group-coordinator|share|"
                            + "TxnMarker|AddPartitions|PersisterState|executor-|LogDirFailure|ExpirationReaper|ReplicaFetcher|"
                            + "transaction|raft|metrics).*")));

    static final List<String> NAMES =
            List.of("enrich", "sink", "clients", "publish", "broker", "other", "JIT", "GC", "native");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> atStart = new HashMap<>();
    private final VmThreadCpu vmThreads = new VmThreadCpu();

    ThreadCpu() {
        for (long id : threads.getAllThreadIds()) {
            atStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
    }

    /** CPU nanoseconds per group since construction; {@code processCpuNanos} gives the remainder. */
    Map<String, Long> byGroup(long processCpuNanos) {
        Map<String, Long> out = new LinkedHashMap<>();
        NAMES.forEach(n -> out.put(n, 0L));
        long javaTotal = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue; // ended meanwhile
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId()) - atStart.getOrDefault(info.getThreadId(), 0L);
            if (cpu > 0) {
                out.merge(group(info.getThreadName()), cpu, Long::sum);
                javaTotal += cpu;
            }
        }
        long outsideJava = Math.max(0, processCpuNanos - javaTotal);
        Map<String, Long> vm = vmThreads.sinceStart();
        long jit = Math.min(outsideJava, vm.get(VmThreadCpu.JIT));
        long gc = Math.min(outsideJava - jit, vm.get(VmThreadCpu.GC));
        out.put("JIT", jit);
        out.put("GC", gc);
        out.put("native", outsideJava - jit - gc);
        return out;
    }

    static String group(String threadName) {
        return GROUPS.stream()
                .filter(g -> g.getValue().matcher(threadName).matches())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("other");
    }
}
