package io.newsflow.ingest.frontier;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which frontier offsets may be committed. Requests finish out of order (per-key queues), so a
 * partition's committable offset is its lowest still-open offset: nothing before it is open, and a
 * restart re-reads everything from it (finished URLs among those are then skipped by history).
 */
public final class OffsetTracker<P> {

    private final Map<P, TreeSet<Long>> open = new HashMap<>();
    private final Map<P, Long> nextAfterSeen = new HashMap<>();

    public synchronized void opened(P partition, long offset) {
        open.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
        nextAfterSeen.merge(partition, offset + 1, Math::max);
    }

    public synchronized void closed(P partition, long offset) {
        TreeSet<Long> s = open.get(partition);
        if (s != null) s.remove(offset);
    }

    /** Partition → offset to commit (Kafka's "next offset to read"). */
    public synchronized Map<P, Long> committable() {
        Map<P, Long> out = new HashMap<>();
        nextAfterSeen.forEach((p, next) -> {
            TreeSet<Long> s = open.get(p);
            out.put(p, s == null || s.isEmpty() ? next : s.first());
        });
        return out;
    }

    public synchronized void forget(P partition) {
        open.remove(partition);
        nextAfterSeen.remove(partition);
    }
}
