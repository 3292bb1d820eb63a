package example.explorehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A product catalogue guarded by a {@code ReentrantReadWriteLock}, with a price index guarded by its monitor: a
 * lookup takes the read lock, then the index; a reindex takes the index, then the write lock. A lookup holding the
 * read lock and a reindex holding the index wait for each other. An argument delays the reindex by that many
 * milliseconds (a plain run then predicts the cycle without deadlocking).
 */
// weft: expect deadlock
public final class CatalogReadLockMonitor {

    static final ReentrantReadWriteLock CATALOG = new ReentrantReadWriteLock();
    static final Object PRICE_INDEX = new Object();
    static String product = "lamp";
    static int indexed;

    public static void main(String[] args) throws InterruptedException {
        long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Thread lookup = new Thread(() -> {
            CATALOG.readLock().lock();
            try {
                synchronized (PRICE_INDEX) {
                    System.out.println(product + " at index " + indexed);
                }
            } finally {
                CATALOG.readLock().unlock();
            }
        }, "lookup");
        Thread reindex = new Thread(() -> {
            pause(delay);
            synchronized (PRICE_INDEX) {
                CATALOG.writeLock().lock(); // the bug: the opposite order to the lookup's
                try {
                    product = "desk lamp";
                    indexed++;
                } finally {
                    CATALOG.writeLock().unlock();
                }
            }
        }, "reindex");
        lookup.start();
        reindex.start();
        lookup.join();
        reindex.join();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
