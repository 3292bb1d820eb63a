package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A price sheet guarded by a {@code ReentrantReadWriteLock}: a reporter takes the read lock, then waits for the
 * morning update before it reads; the updater takes the write lock to apply the update and then counts the latch
 * down. When the reporter holds the read lock first, the writer can never take the write lock and the reporter
 * waits for good.
 */
// weft: expect deadlock
public final class PriceSheetReadWait {

    static final ReentrantReadWriteLock SHEET = new ReentrantReadWriteLock();
    static final CountDownLatch UPDATED = new CountDownLatch(1);
    static int price = 100;

    public static void main(String[] args) throws InterruptedException {
        Thread updater = new Thread(() -> {
            SHEET.writeLock().lock();
            try {
                price = 105;
            } finally {
                SHEET.writeLock().unlock();
            }
            UPDATED.countDown();
        }, "updater");
        Thread reporter = new Thread(() -> {
            SHEET.readLock().lock();
            try {
                UPDATED.await(); // the bug: waits for the writer while holding the read lock
                System.out.println("price " + price);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                SHEET.readLock().unlock();
            }
        }, "reporter");
        updater.start();
        reporter.start();
        updater.join();
        reporter.join();
    }
}
