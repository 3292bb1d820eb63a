package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A cache whose entries are guarded by a {@link ReentrantReadWriteLock} and whose hit counter is
 * guarded by the monitor of a separate {@code Stats} object; a lookup counts its hit while still
 * holding the read lock, and the evictor clears the cache while still holding the stats monitor.
 *
 * <p>{@code cache-reader} takes the read lock and looks up a key; {@code cache-evictor} takes the stats
 * monitor and sees too few hits. The two meet at a rendezvous (so the bad interleaving happens on every
 * run), then the reader asks for the stats monitor to count its hit and the evictor asks for the write
 * lock to clear the cache. The write lock waits for the reader to release its read lock, the reader
 * waits for the evictor to release the stats monitor. {@code main} waits in {@code join()} outside it.
 *
 * <p><b>What weft reports</b>: a deadlock between {@code cache-reader} and {@code cache-evictor} on the
 * cache's read-write lock and the stats monitor. {@code cache-reader} waits in {@code lookup} at
 * {@code synchronized (cache.stats)}, holding the read lock it took at {@code readLock().lock()} in the
 * same method; {@code cache-evictor} waits in {@code evictIfCold} at {@code writeLock().lock()},
 * holding the stats monitor it took at {@code synchronized (cache.stats)} in the same method.
 *
 * <p><b>The fix</b>: {@link ReadWriteLockOrdered} has both threads take the cache lock (read or write)
 * before the stats monitor, never the other way round.
 */
@Sample(
        shows = "A cache guarded by a ReentrantReadWriteLock and a stats monitor, taken in opposite orders"
                + " by a reader (read lock, then stats) and an evictor (stats, then write lock): a real deadlock.",
        expect = "deadlock",
        threads = {"cache-reader", "cache-evictor"},
        twin = "ReadWriteLockOrdered")
public final class ReadWriteLockDeadlock {

    private static final int HOT_THRESHOLD = 10;

    private ReadWriteLockDeadlock() {
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
        Rendezvous bothHoldTheirFirstLock = new Rendezvous(2);

        Thread reader = new Thread(() -> lookup(cache, "user:42", bothHoldTheirFirstLock), "cache-reader");
        Thread evictor = new Thread(() -> evictIfCold(cache, bothHoldTheirFirstLock), "cache-evictor");
        reader.start();
        evictor.start();
        reader.join();
        evictor.join();
        System.out.println("entries=" + cache.entries + " hits=" + cache.stats.hits);
    }

    /** Looks a key up under the read lock and counts the hit before releasing it: half of the bug. */
    static String lookup(Cache cache, String key, Rendezvous bothHoldTheirFirstLock) {
        cache.lock.readLock().lock(); // weft: holds
        try {
            String value = cache.entries.get(key);
            bothHoldTheirFirstLock.arriveAndAwait();
            synchronized (cache.stats) { // weft: waits
                cache.stats.hits++;
            }
            return value;
        } finally {
            cache.lock.readLock().unlock();
        }
    }

    /** Clears the cache if it is rarely hit, deciding under the stats monitor: the other half of the bug. */
    static void evictIfCold(Cache cache, Rendezvous bothHoldTheirFirstLock) {
        synchronized (cache.stats) { // weft: holds
            bothHoldTheirFirstLock.arriveAndAwait();
            if (cache.stats.hits < HOT_THRESHOLD) {
                cache.lock.writeLock().lock(); // weft: waits
                try {
                    cache.entries.clear();
                } finally {
                    cache.lock.writeLock().unlock();
                }
                cache.stats.hits = 0;
            }
        }
    }
}
