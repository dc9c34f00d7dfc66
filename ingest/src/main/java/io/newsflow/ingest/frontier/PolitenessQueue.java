package io.newsflow.ingest.frontier;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Per-key FIFO queues with a minimum spacing per key. {@link #poll} hands out the head item of a key
 * whose time has come and marks the key busy until {@link #release}, so at most one request per key is
 * in flight and the next one waits the delay <em>after</em> the previous one ended. Keys that are waiting
 * never block keys that are ready (no head-of-line blocking): only ready keys sit in the heap's head.
 *
 * <p>A key seen for the first time starts with the full initial delay: after a rebalance we do not know
 * when its previous owner last fetched from it. Thread-safe.
 */
public final class PolitenessQueue<T> {

    /** An item handed out for work; give the key back with {@link #release}. */
    public record Lease<T>(String key, T item) {}

    private static final class KeyQueue<T> {
        final String key;
        final Deque<T> items = new ArrayDeque<>();
        long readyAtNanos;
        boolean busy;
        boolean inHeap;

        KeyQueue(String key, long readyAtNanos) {
            this.key = key;
            this.readyAtNanos = readyAtNanos;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, KeyQueue<T>> keys = new HashMap<>();
    private final PriorityQueue<KeyQueue<T>> waiting =
            new PriorityQueue<>((a, b) -> Long.compare(a.readyAtNanos, b.readyAtNanos));
    private final long initialDelayNanos;
    private int size;
    private int busy;
    private boolean held;

    public PolitenessQueue(Duration initialDelay) {
        this.initialDelayNanos = initialDelay.toNanos();
    }

    public void add(String key, T item) {
        enqueue(key, item, false);
    }

    /** Puts an item back at the head of its key (after a robots.txt fetch took the key's turn). */
    public void addFirst(String key, T item) {
        enqueue(key, item, true);
    }

    private void enqueue(String key, T item, boolean first) {
        lock.lock();
        try {
            KeyQueue<T> q = keys.computeIfAbsent(key, k -> new KeyQueue<>(k, System.nanoTime() + initialDelayNanos));
            if (first) q.items.addFirst(item);
            else q.items.addLast(item);
            size++;
            schedule(q);
        } finally {
            lock.unlock();
        }
    }

    /** The next ready item, waiting at most {@code timeout}; empty when none became ready or the queue is held. */
    public Optional<Lease<T>> poll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                KeyQueue<T> head = held ? null : waiting.peek();
                if (head != null && head.readyAtNanos <= now) {
                    waiting.poll();
                    head.inHeap = false;
                    head.busy = true;
                    busy++;
                    size--;
                    return Optional.of(new Lease<>(head.key, head.items.pollFirst()));
                }
                long wait = deadline - now;
                if (wait <= 0) {
                    return Optional.empty();
                }
                changed.awaitNanos(head == null ? wait : Math.min(wait, head.readyAtNanos - now));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Ends the lease on {@code key}; its next item becomes ready {@code delay} from now. */
    public void release(String key, Duration delay) {
        lock.lock();
        try {
            KeyQueue<T> q = keys.get(key);
            if (q == null || !q.busy) {
                return; // the key was dropped (rebalance) while its fetch ran
            }
            q.busy = false;
            busy--;
            q.readyAtNanos = System.nanoTime() + delay.toNanos();
            schedule(q);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the queued items matching {@code doomed} and forgets keys left empty and idle, so a key
     * owned again later starts with the full delay. Busy keys keep their state until released.
     */
    public List<T> removeIf(Predicate<T> doomed) {
        List<T> removed = new ArrayList<>();
        lock.lock();
        try {
            for (Iterator<KeyQueue<T>> it = keys.values().iterator(); it.hasNext(); ) {
                KeyQueue<T> q = it.next();
                int before = q.items.size();
                q.items.removeIf(item -> doomed.test(item) && removed.add(item));
                size -= before - q.items.size();
                if (q.items.isEmpty() && !q.busy) {
                    if (q.inHeap) waiting.remove(q);
                    it.remove();
                }
            }
        } finally {
            lock.unlock();
        }
        return removed;
    }

    /** Stops handing out leases (during a rebalance) until {@link #resume}; busy keys still release normally. */
    public void hold() {
        lock.lock();
        try {
            held = true;
        } finally {
            lock.unlock();
        }
    }

    public void resume() {
        lock.lock();
        try {
            held = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no lease is out, at most {@code timeout}; true when none is. */
    public boolean awaitNoBusy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (busy > 0) {
                long wait = deadline - System.nanoTime();
                if (wait <= 0) return false;
                changed.await(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    /** Keys with at least one request waiting: the hosts (or domains) there is work for. */
    public int queuedKeys() {
        lock.lock();
        try {
            int n = 0;
            for (KeyQueue<T> q : keys.values()) {
                if (!q.items.isEmpty()) n++;
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    public int busy() {
        lock.lock();
        try {
            return busy;
        } finally {
            lock.unlock();
        }
    }

    private void schedule(KeyQueue<T> q) {
        if (!q.busy && !q.inHeap && !q.items.isEmpty()) {
            waiting.add(q);
            q.inHeap = true;
            changed.signalAll();
        }
    }
}
