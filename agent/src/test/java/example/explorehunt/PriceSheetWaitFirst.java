package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** {@link PriceSheetReadWait} whose reporter waits for the update before it takes the read lock. */
// weft: expect none
public final class PriceSheetWaitFirst {

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
            try {
                UPDATED.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            SHEET.readLock().lock();
            try {
                System.out.println("price " + price);
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
