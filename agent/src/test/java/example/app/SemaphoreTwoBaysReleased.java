package example.app;

import java.util.concurrent.Semaphore;

/**
 * A car wash of two bays, a {@code Semaphore} of two permits (each taken and given back by one washer): one washer
 * holds a bay and waits for the cashier's monitor; the cashier holds that monitor and waits for a bay; a second washer
 * holds the other bay and gives it back after 600 ms, which lets the cashier, then the first washer, go on. Through the
 * first washer's bay alone it looks like a cycle, but either bay frees the cashier: nothing to report.
 */
public final class SemaphoreTwoBaysReleased {
    static final Semaphore bays = new Semaphore(2);
    static final Object till = new Object();

    static void wash(String car, long millis, boolean pay) {
        bays.acquireUninterruptibly();
        try {
            SemaphoreSlowHolder.pause(millis);
            if (pay) {
                synchronized (till) {
                    System.out.println("paid for " + car);
                }
            }
        } finally {
            bays.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        wash("warm-up", 0, false);
        Thread slow = new Thread(() -> wash("van", 600, false), "second-washer");
        Thread cashier = new Thread(() -> {
            synchronized (till) {
                SemaphoreSlowHolder.pause(100);
                wash("cashier's car", 0, false);
            }
        }, "cashier");
        Thread washer = new Thread(() -> wash("sedan", 50, true), "first-washer");
        slow.start();
        SemaphoreSlowHolder.pause(50);
        cashier.start();
        washer.start();
        slow.join();
        cashier.join();
        washer.join();
        System.out.println("washed");
    }
}
