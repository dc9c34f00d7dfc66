package io.newsflow.app.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the JVM's own threads, which {@code ThreadMXBean} does not list: the JIT compilers and the garbage
 * collector's workers, read per thread from Linux's {@code /proc/self/task}. Elsewhere nothing is read and their
 * time stays in the native remainder.
 */
final class VmThreadCpu {

    static final String JIT = "JIT";
    static final String GC = "GC";

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux reports thread times in clock ticks of 10 ms (USER_HZ is 100 on every mainstream build). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Map<String, Long> atStart = snapshot();

    /** CPU nanoseconds of the compilers ({@link #JIT}) and the collector ({@link #GC}) since construction. */
    Map<String, Long> sinceStart() {
        Map<String, Long> out = new HashMap<>(Map.of(JIT, 0L, GC, 0L));
        snapshot().forEach((key, nanos) -> {
            String kind = key.substring(0, key.indexOf('/'));
            out.merge(kind, Math.max(0, nanos - atStart.getOrDefault(key, 0L)), Long::sum);
        });
        return out;
    }

    /** Which of the JVM's threads a name is: its compilers, its collector, or neither (null). */
    static String kind(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
            return GC;
        }
        return null;
    }

    /** CPU nanoseconds so far of each compiler and collector thread, keyed "kind/thread id". */
    private static Map<String, Long> snapshot() {
        Map<String, Long> out = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return out;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String kind = kind(Files.readString(task.resolve("comm")).strip());
                    if (kind != null) {
                        out.put(
                                kind + "/" + task.getFileName(),
                                ticks(Files.readString(task.resolve("stat"))) * NANOS_PER_TICK);
                    }
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between listing and reading: its time is lost with it
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** utime + stime of a {@code /proc/<pid>/task/<tid>/stat} line (fields 14 and 15, counted after the name). */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
