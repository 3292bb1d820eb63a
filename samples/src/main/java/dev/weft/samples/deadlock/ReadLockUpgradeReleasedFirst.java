package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The correct twin of {@link ReadLockUpgradeDeadlock}: to reload a stale value the refresher releases
 * the read lock, takes the write lock, checks again, and downgrades by taking the read lock before
 * releasing the write lock (the idiom of the {@code ReentrantReadWriteLock} Javadoc).
 *
 * <p>Two refreshers start together and read the value thousands of times while it goes stale every
 * hundred reads; the second check under the write lock keeps them from reloading twice. The program
 * exits 0.
 *
 * <p><b>What weft reports</b>: nothing. Taking the read lock while holding the write lock of the same
 * {@code ReentrantReadWriteLock} (a downgrade) never blocks and must not be reported.
 */
@Sample(
        shows = "A thread reloading a value guarded by a ReentrantReadWriteLock releases the read lock before"
                + " taking the write lock, then downgrades: no deadlock.",
        expect = "none",
        twin = "ReadLockUpgradeDeadlock")
public final class ReadLockUpgradeReleasedFirst {

    private static final int READS_PER_REFRESHER = 10_000;

    private ReadLockUpgradeReleasedFirst() {
    }

    /** A cached value; {@code lock} guards {@code value}, {@code stale} and {@code reloads}. */
    static final class CachedValue {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        String value = "v0";
        boolean stale = true;
        int reloads;
    }

    public static void main(String[] args) throws InterruptedException {
        CachedValue cached = new CachedValue();
        Rendezvous start = new Rendezvous(2);
        Runnable refresh = () -> {
            start.arriveAndAwait();
            for (int i = 1; i <= READS_PER_REFRESHER; i++) {
                refreshIfStale(cached);
                if (i % 100 == 0) {
                    invalidate(cached);
                }
            }
        };
        Thread refresher1 = new Thread(refresh, "cache-refresher-1");
        Thread refresher2 = new Thread(refresh, "cache-refresher-2");
        refresher1.start();
        refresher2.start();
        refresher1.join();
        refresher2.join();
        System.out.println("value=" + refreshIfStale(cached) + " reloads=" + cached.reloads);
    }

    /** Reads the value, reloading it first if stale, without ever upgrading the read lock: the fix. */
    static String refreshIfStale(CachedValue cached) {
        cached.lock.readLock().lock();
        if (cached.stale) {
            cached.lock.readLock().unlock();
            cached.lock.writeLock().lock();
            try {
                if (cached.stale) {
                    cached.reloads++;
                    cached.value = "v" + cached.reloads;
                    cached.stale = false;
                }
                cached.lock.readLock().lock();
            } finally {
                cached.lock.writeLock().unlock();
            }
        }
        try {
            return cached.value;
        } finally {
            cached.lock.readLock().unlock();
        }
    }

    private static void invalidate(CachedValue cached) {
        cached.lock.writeLock().lock();
        try {
            cached.stale = true;
        } finally {
            cached.lock.writeLock().unlock();
        }
    }
}
