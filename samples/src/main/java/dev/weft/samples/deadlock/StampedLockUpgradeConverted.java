package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.StampedLock;

/**
 * The correct twin of {@link StampedLockUpgradeDeadlock}: to reload a stale value the refresher converts its read
 * stamp to a write stamp ({@code tryConvertToWriteLock}, which succeeds when it is the only reader), and when
 * that fails gives up the read stamp, takes a write stamp and checks again (the idiom of the
 * {@code StampedLock} Javadoc).
 *
 * <p>Two refreshers start together and read the value thousands of times while it goes stale every hundred
 * reads; the second check under the write stamp keeps them from reloading twice. The program exits 0.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "A thread reloading a value guarded by a StampedLock converts its read stamp, or gives it up"
                + " before asking for a write stamp: no deadlock.",
        expect = "none",
        twin = "StampedLockUpgradeDeadlock")
public final class StampedLockUpgradeConverted {

    private static final int READS_PER_REFRESHER = 10_000;

    private StampedLockUpgradeConverted() {
    }

    /** A cached value; {@code lock} guards {@code value}, {@code stale} and {@code reloads}. */
    static final class CachedValue {
        final StampedLock lock = new StampedLock();
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

    /** Reads the value, reloading it first if stale, without ever waiting for a write stamp under a read one: the fix. */
    static String refreshIfStale(CachedValue cached) {
        long stamp = cached.lock.readLock();
        try {
            if (cached.stale) {
                long write = cached.lock.tryConvertToWriteLock(stamp);
                if (write == 0L) {
                    cached.lock.unlockRead(stamp);
                    write = cached.lock.writeLock();
                }
                stamp = write;
                if (cached.stale) {
                    cached.reloads++;
                    cached.value = "v" + cached.reloads;
                    cached.stale = false;
                }
            }
            return cached.value;
        } finally {
            cached.lock.unlock(stamp);
        }
    }

    static void invalidate(CachedValue cached) {
        long stamp = cached.lock.writeLock();
        try {
            cached.stale = true;
        } finally {
            cached.lock.unlockWrite(stamp);
        }
    }
}
