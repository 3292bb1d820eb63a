package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A store and the cache in front of it, each guarded by its own {@code ReentrantLock}, updated by two
 * threads that take the two locks in opposite orders.
 *
 * <p>{@code writer} saves an entry: it locks the store, then the cache, to keep the cache in step.
 * {@code evictor}, alive at the same time, starts a quarter of a second later and drops a stale entry: it
 * locks the cache, then the store, to remove it from both. By then the writer is done, so the run
 * finishes. Nothing orders the two updates, though: had the writer been paused between its two
 * {@code lock()} calls, each thread would hold one lock and wait for the other forever.
 *
 * <p><b>What weft reports</b>: a {@code lock-order} inversion (potential deadlock) of the two
 * {@code ReentrantLock}s between {@code writer} and {@code evictor}: the writer asks for the cache lock in
 * {@code save} while holding the store lock, the evictor asks for the store lock in {@code evict} while
 * holding the cache lock.
 *
 * <p><b>The fix</b>: {@link ReentrantLockOrdered} takes the store lock first in both paths.
 */
@Sample(
        shows = "A writer locks store then cache, an evictor a moment later locks cache then store, each a"
                + " ReentrantLock: no deadlock this time, a potential one.",
        expect = "lock-order",
        threads = {"writer", "evictor"},
        twin = "ReentrantLockOrdered")
public final class ReentrantLockInversion {

    private ReentrantLockInversion() {
    }

    private static final ReentrantLock storeLock = new ReentrantLock();
    private static final ReentrantLock cacheLock = new ReentrantLock();
    private static final Map<String, String> store = new HashMap<>();
    private static final Map<String, String> cache = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        store.put("stale", "old");
        cache.put("stale", "old");
        Thread writer = new Thread(() -> save("greeting", "hello"), "writer");
        Thread evictor = new Thread(() -> {
            Pause.sleep(Pause.STAGGER_MILLIS);
            evict("stale");
        }, "evictor");
        writer.start();
        evictor.start();
        writer.join();
        evictor.join();
        System.out.println("store=" + store + " cache=" + cache);
    }

    /** Saves an entry: store lock, then cache lock. */
    static void save(String key, String value) {
        storeLock.lock(); // weft: holds
        try {
            store.put(key, value);
            cacheLock.lock(); // weft: order
            try {
                cache.put(key, value);
            } finally {
                cacheLock.unlock();
            }
        } finally {
            storeLock.unlock();
        }
    }

    /** Drops an entry: cache lock, then store lock, the opposite order: the bug. */
    static void evict(String key) {
        cacheLock.lock(); // weft: holds
        try {
            cache.remove(key);
            storeLock.lock(); // weft: order
            try {
                store.remove(key);
            } finally {
                storeLock.unlock();
            }
        } finally {
            cacheLock.unlock();
        }
    }
}
