package io.newsflow.app.bench;

import com.sun.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the stream threads' CPU goes, step by step, over one pass: Java Flight Recorder samples the threads every
 * 10 ms and each sample is put to the step its stack is in ({@code steps.tsv}); the stream threads' bytes allocated
 * come from the thread bean. Samples in native code count only where the native code works (RocksDB),
 * not where it waits (sockets, locks), since they are weighed against CPU time.
 */
final class StepProfile {

    private static final List<String[]> STEPS = load();
    private static final Duration PERIOD = Duration.ofMillis(10);
    private static final List<String> STREAM_GROUPS = List.of("enrich", "sink");

    private final Recording recording = new Recording();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> allocatedAtStart = new HashMap<>();

    /** Shares of samples by step, and bytes allocated, of one thread group. */
    record Group(Map<String, Double> shareByStep, long allocatedBytes) {}

    private StepProfile() {
        recording.enable("jdk.ExecutionSample").withPeriod(PERIOD);
        recording.enable("jdk.NativeMethodSample").withPeriod(PERIOD);
        for (long id : threads.getAllThreadIds()) {
            allocatedAtStart.put(id, Math.max(0, threads.getThreadAllocatedBytes(id)));
        }
        recording.start();
    }

    static StepProfile start() {
        return new StepProfile();
    }

    /** Stops sampling; by thread group ("enrich", "sink"). */
    Map<String, Group> stop() {
        recording.stop();
        Map<String, Map<String, Long>> samples = new LinkedHashMap<>();
        STREAM_GROUPS.forEach(g -> samples.put(g, new LinkedHashMap<>()));
        try {
            Path file = Files.createTempFile("newsflow-bench-", ".jfr");
            try {
                recording.dump(file);
                for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                    count(e, samples);
                }
            } finally {
                Files.deleteIfExists(file);
                recording.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the pass's flight recording", e);
        }
        Map<String, Long> allocated = allocatedByGroup();
        Map<String, Group> out = new LinkedHashMap<>();
        samples.forEach(
                (group, bySteps) -> out.put(group, new Group(shares(bySteps), allocated.getOrDefault(group, 0L))));
        return out;
    }

    private static void count(RecordedEvent e, Map<String, Map<String, Long>> samples) {
        // A dump holds the events of every recording running in the JVM, so an operator's own
        // -XX:StartFlightRecording brings events that are not samples.
        if (!e.hasField("sampledThread") || e.getThread("sampledThread") == null || e.getStackTrace() == null) {
            return;
        }
        Map<String, Long> group =
                samples.get(ThreadCpu.group(e.getThread("sampledThread").getJavaName()));
        if (group == null) {
            return;
        }
        String step = step(e.getStackTrace().getFrames());
        boolean working = e.getEventType().getName().equals("jdk.ExecutionSample") || step.equals("state stores");
        if (working) {
            group.merge(step, 1L, Long::sum);
        }
    }

    /** The step of the first frame, from the top of the stack, that a prefix of {@code steps.tsv} names. */
    static String step(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            for (String[] s : STEPS) {
                if (type.startsWith(s[0])) {
                    return s[1];
                }
            }
        }
        return "other";
    }

    private static Map<String, Double> shares(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(c -> out.put(c.getKey(), c.getValue() / (double) total));
        return out;
    }

    private Map<String, Long> allocatedByGroup() {
        Map<String, Long> out = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadAllocatedBytes(id);
            if (info != null && now > 0) {
                out.merge(
                        ThreadCpu.group(info.getThreadName()), now - allocatedAtStart.getOrDefault(id, 0L), Long::sum);
            }
        }
        return out;
    }

    private static List<String[]> load() {
        List<String[]> steps = new ArrayList<>();
        try (InputStream in = StepProfile.class.getResourceAsStream("steps.tsv")) {
            if (in == null) {
                throw new IllegalStateException("steps.tsv missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .forEach(steps::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return steps;
    }
}
