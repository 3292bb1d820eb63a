package example.explorehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Twin of {@link SettingsUpgradeOnStale}: the reader lets the read lock go before it takes the write lock, and checks again. */
// weft: expect none
public final class SettingsReloadReleased {

    static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    static volatile boolean stale;
    static int version;

    static int read() {
        LOCK.readLock().lock();
        try {
            if (!stale) {
                return version;
            }
        } finally {
            LOCK.readLock().unlock();
        }
        LOCK.writeLock().lock();
        try {
            if (stale) {
                version++;
                stale = false;
            }
            return version;
        } finally {
            LOCK.writeLock().unlock();
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
