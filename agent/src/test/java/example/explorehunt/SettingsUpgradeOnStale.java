package example.explorehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Settings read under a read lock; a reader that finds them stale reloads them by taking the write lock while still
 * holding the read lock. A {@code ReentrantReadWriteLock} cannot be upgraded: when the invalidator marks the
 * settings stale before the reader looks, the reader waits for itself (a reader-writer upgrade deadlock).
 */
// weft: expect deadlock
public final class SettingsUpgradeOnStale {

    static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    static volatile boolean stale;
    static int version;

    static int read() {
        LOCK.readLock().lock();
        try {
            if (stale) {
                LOCK.writeLock().lock(); // the bug: the read lock is still held
                try {
                    version++;
                    stale = false;
                } finally {
                    LOCK.writeLock().unlock();
                }
            }
            return version;
        } finally {
            LOCK.readLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> System.out.println("version " + read()), "reader");
        Thread invalidator = new Thread(() -> stale = true, "invalidator");
        reader.start();
        invalidator.start();
        reader.join();
        invalidator.join();
    }
}
