package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The correct twin of {@link ReentrantLockInversion}: a writer saves an entry and an evictor, a few
 * milliseconds later, drops a stale one, and both take the store's {@code ReentrantLock} before the
 * cache's.
 *
 * <p>With one lock order for the pair, the lock-order graph has a single edge, store before cache, and
 * no cycle: no schedule can deadlock.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "A writer and an evictor both lock store then cache, each a ReentrantLock: one lock order,"
                + " no potential deadlock.",
        expect = "none",
        twin = "ReentrantLockInversion")
public final class ReentrantLockOrdered {

    private ReentrantLockOrdered() {
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
        storeLock.lock();
        try {
            store.put(key, value);
            cacheLock.lock();
            try {
                cache.put(key, value);
            } finally {
                cacheLock.unlock();
            }
        } finally {
            storeLock.unlock();
        }
    }

    /** Drops an entry: store lock, then cache lock, the same order as {@link #save}: the fix. */
    static void evict(String key) {
        storeLock.lock();
        try {
            cacheLock.lock();
            try {
                cache.remove(key);
                store.remove(key);
            } finally {
                cacheLock.unlock();
            }
        } finally {
            storeLock.unlock();
        }
    }
}
