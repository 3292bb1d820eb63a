package example.firstrule;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * As {@link ClosingShift}, but both shifts start together: the closing shift waits on a latch the day shift counts down
 * after its last sale, then takes journal then drawer (the day shift took drawer then journal). The latch orders the
 * day shift's pairs before the closing shift's in every schedule: no lock-order cycle.
 */
public final class ClosingShiftSignalled {

    private final Semaphore drawer = new Semaphore(1);
    private final Object journal = new Object();
    private final CountDownLatch dayOver = new CountDownLatch(1);
    private int sales;
    private int closed;

    void sell() throws InterruptedException {
        drawer.acquire();
        try {
            synchronized (journal) {
                sales++;
            }
        } finally {
            drawer.release();
        }
    }

    void close() throws InterruptedException {
        dayOver.await();
        synchronized (journal) {
            drawer.acquire();
            try {
                closed = sales;
            } finally {
                drawer.release();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ClosingShiftSignalled register = new ClosingShiftSignalled();
        Thread day = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) {
                    register.sell();
                }
                register.dayOver.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "day-shift");
        Thread closing = new Thread(() -> {
            try {
                register.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "closing-shift");
        day.start();
        closing.start();
        day.join();
        closing.join();
        System.out.println("closed at: " + register.closed);
    }
}
