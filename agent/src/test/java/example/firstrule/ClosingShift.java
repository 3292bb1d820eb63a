package example.firstrule;

import java.util.concurrent.Semaphore;

/**
 * A register whose drawer is a proved mutex (a final semaphore of one permit, each method giving back in a
 * {@code finally} the permit it took) and whose journal is a monitor. The day shift takes drawer then journal; the
 * closing shift, started only after main joined the day shift, takes journal then drawer. Opposite orders, but never
 * at the same time: ordered by {@code join} and {@code start}, no lock-order cycle.
 */
public final class ClosingShift {

    private final Semaphore drawer = new Semaphore(1);
    private final Object journal = new Object();
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
        ClosingShift register = new ClosingShift();
        Thread day = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) {
                    register.sell();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "day-shift");
        day.start();
        day.join();
        Thread closing = new Thread(() -> {
            try {
                register.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "closing-shift");
        closing.start();
        closing.join();
        System.out.println("closed at: " + register.closed);
    }
}
