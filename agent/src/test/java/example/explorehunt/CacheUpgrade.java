package example.explorehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A lazily filled cache: a reader that finds it empty, under the read lock, takes the write lock to fill
 * it, an upgrade that never succeeds. When the loader filled the cache first, the reader never upgrades.
 */
// weft: expect deadlock
public final class CacheUpgrade {

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static String value;

    static String read() {
        LOCK.readLock().lock();
        try {
            if (value == null) {
                LOCK.writeLock().lock(); // an upgrade: waits for its own read lock
                try {
                    value = "computed";
                } finally {
                    LOCK.writeLock().unlock();
                }
            }
            return value;
        } finally {
            LOCK.readLock().unlock();
        }
    }

    static void load() {
        LOCK.writeLock().lock();
        try {
            value = "loaded";
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(CacheUpgrade::load, "loader");
        Thread reader = new Thread(() -> System.out.println(read()), "reader");
        loader.start();
        reader.start();
        loader.join();
        reader.join();
    }
}
