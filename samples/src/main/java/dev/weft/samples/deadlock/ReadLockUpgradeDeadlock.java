package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A cached value guarded by a {@link ReentrantReadWriteLock}: the refresher reads it under the read
 * lock and, finding it stale, asks for the write lock without releasing the read lock first.
 *
 * <p>A {@code ReentrantReadWriteLock} cannot upgrade a read lock to a write lock: the write lock waits
 * until every read lock is released, including the one its own caller holds. So {@code cache-refresher}
 * waits for itself forever, on every run, with no other thread involved. {@code main} waits in
 * {@code join()} outside the deadlock.
 *
 * <p><b>What weft reports</b>: a deadlock of the single thread {@code cache-refresher} on the cache's
 * read-write lock: it waits in {@code refreshIfStale} at {@code writeLock().lock()} while holding the
 * read lock of the same lock, taken at {@code readLock().lock()} in the same method.
 *
 * <p><b>The fix</b>: {@link ReadLockUpgradeReleasedFirst} releases the read lock, takes the write lock,
 * checks again that the value is stale, and downgrades (takes the read lock before releasing the write
 * lock), which a {@code ReentrantReadWriteLock} does allow.
 */
@Sample(
        shows = "A thread holding a ReentrantReadWriteLock's read lock asks for its write lock (an upgrade,"
                + " which that lock does not support): a real deadlock of one thread with itself.",
        expect = "deadlock",
        threads = {"cache-refresher"},
        twin = "ReadLockUpgradeReleasedFirst")
public final class ReadLockUpgradeDeadlock {

    private ReadLockUpgradeDeadlock() {
    }

    /** A cached value; {@code lock} guards {@code value} and {@code stale}. */
    static final class CachedValue {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        String value = "v0";
        boolean stale = true;
    }

    public static void main(String[] args) throws InterruptedException {
        CachedValue cached = new CachedValue();
        Thread refresher = new Thread(() -> refreshIfStale(cached), "cache-refresher");
        refresher.start();
        refresher.join();
        System.out.println("value=" + cached.value);
    }

    /** Reads the value, reloading it first if stale, by upgrading the read lock: the bug. */
    static String refreshIfStale(CachedValue cached) {
        cached.lock.readLock().lock(); // weft: holds
        try {
            if (cached.stale) {
                cached.lock.writeLock().lock(); // weft: waits
                try {
                    cached.value = "v1";
                    cached.stale = false;
                } finally {
                    cached.lock.writeLock().unlock();
                }
            }
            return cached.value;
        } finally {
            cached.lock.readLock().unlock();
        }
    }
}
