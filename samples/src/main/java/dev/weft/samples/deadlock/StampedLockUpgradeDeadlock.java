package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.StampedLock;

/**
 * A cached value guarded by a {@link StampedLock}: the refresher reads it under a read stamp and, finding it
 * stale, asks for a write stamp without giving up its read stamp first.
 *
 * <p>A {@code StampedLock} is not reentrant: {@code writeLock()} waits until every read stamp is given up,
 * including the one its own caller holds. So {@code cache-refresher} waits for itself forever, on every run,
 * with no other thread involved. {@code main} waits in {@code join()} outside the deadlock.
 *
 * <p><b>What weft reports</b>: a deadlock of the single thread {@code cache-refresher} on the cache's
 * {@code StampedLock}: it waits in {@code refreshIfStale} at {@code writeLock()} while holding a read stamp of
 * the same lock, taken at {@code readLock()} in the same method.
 *
 * <p><b>The fix</b>: {@link StampedLockUpgradeConverted} asks {@code tryConvertToWriteLock} to upgrade, which
 * succeeds when no other reader holds the lock, and otherwise gives up the read stamp before taking a write one.
 */
@Sample(
        shows = "A thread holding a StampedLock's read stamp asks for a write stamp (a StampedLock is not"
                + " reentrant): a real deadlock of one thread with itself.",
        expect = "deadlock",
        threads = {"cache-refresher"},
        twin = "StampedLockUpgradeConverted")
public final class StampedLockUpgradeDeadlock {

    private StampedLockUpgradeDeadlock() {
    }

    /** A cached value; {@code lock} guards {@code value} and {@code stale}. */
    static final class CachedValue {
        final StampedLock lock = new StampedLock();
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

    /** Reads the value, reloading it first if stale, by asking for a write stamp under a read stamp: the bug. */
    static String refreshIfStale(CachedValue cached) {
        long read = cached.lock.readLock(); // weft: holds
        try {
            if (cached.stale) {
                long write = cached.lock.writeLock(); // weft: waits
                try {
                    cached.value = "v1";
                    cached.stale = false;
                } finally {
                    cached.lock.unlockWrite(write);
                }
            }
            return cached.value;
        } finally {
            cached.lock.unlockRead(read);
        }
    }
}
