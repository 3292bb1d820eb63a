package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The correct twin of {@link ReadWriteLockDeadlock}: the same cache, read-write lock and stats monitor,
 * but both threads take the cache lock (read or write) first and the stats monitor second.
 *
 * <p>{@code cache-reader} still counts its hit while holding the read lock; {@code cache-evictor} now
 * takes the write lock before the stats monitor, and decides and clears under both. One order for the
 * two locks means no cycle. The two threads start together, the reader makes thousands of lookups while
 * the evictor checks a thousand times, and the program exits 0.
 *
 * <p><b>What weft reports</b>: nothing, neither a deadlock nor a lock-order inversion.
 */
@Sample(
        shows = "A cache guarded by a ReentrantReadWriteLock and a stats monitor where every thread takes the"
                + " cache lock (read or write) before the stats monitor: one lock order, so no deadlock.",
        expect = "none",
        twin = "ReadWriteLockDeadlock")
public final class ReadWriteLockOrdered {

    private static final int HOT_THRESHOLD = 10;
    private static final int LOOKUPS = 10_000;
    private static final int EVICTION_CHECKS = 1_000;

    private ReadWriteLockOrdered() {
    }

    /** Hit counter; its monitor guards {@code hits}. */
    static final class Stats {
        int hits;
    }

    /** The cache: {@code lock} guards {@code entries}; {@code stats} guards itself. */
    static final class Cache {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final Map<String, String> entries = new HashMap<>();
        final Stats stats = new Stats();
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        cache.entries.put("user:42", "Ada");
        Rendezvous start = new Rendezvous(2);

        Thread reader = new Thread(() -> {
            start.arriveAndAwait();
            for (int i = 0; i < LOOKUPS; i++) {
                lookup(cache, "user:42");
            }
        }, "cache-reader");
        Thread evictor = new Thread(() -> {
            start.arriveAndAwait();
            for (int i = 0; i < EVICTION_CHECKS; i++) {
                evictIfCold(cache);
            }
        }, "cache-evictor");
        reader.start();
        evictor.start();
        reader.join();
        evictor.join();
        System.out.println("entries=" + cache.entries.size() + " hits=" + cache.stats.hits);
    }

    /** Looks a key up under the read lock and counts the hit under the stats monitor, in that order. */
    static String lookup(Cache cache, String key) {
        cache.lock.readLock().lock();
        try {
            String value = cache.entries.get(key);
            synchronized (cache.stats) {
                cache.stats.hits++;
            }
            return value;
        } finally {
            cache.lock.readLock().unlock();
        }
    }

    /** Clears the cache if it is rarely hit, taking the write lock before the stats monitor: the fix. */
    static void evictIfCold(Cache cache) {
        cache.lock.writeLock().lock();
        try {
            synchronized (cache.stats) {
                if (cache.stats.hits < HOT_THRESHOLD) {
                    cache.entries.clear();
                    cache.entries.put("user:42", "Ada");
                }
                cache.stats.hits = 0;
            }
        } finally {
            cache.lock.writeLock().unlock();
        }
    }
}
