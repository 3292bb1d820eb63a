package example.explorehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/** Twin of {@link CatalogReadLockMonitor}: the reindex takes the write lock first, then the index, the lookup's order. */
// weft: expect none
public final class CatalogLockOrdered {

    static final ReentrantReadWriteLock CATALOG = new ReentrantReadWriteLock();
    static final Object PRICE_INDEX = new Object();
    static String product = "lamp";
    static int indexed;

    public static void main(String[] args) throws InterruptedException {
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
            CATALOG.writeLock().lock();
            try {
                synchronized (PRICE_INDEX) {
                    product = "desk lamp";
                    indexed++;
                }
            } finally {
                CATALOG.writeLock().unlock();
            }
        }, "reindex");
        lookup.start();
        reindex.start();
        lookup.join();
        reindex.join();
    }
}
