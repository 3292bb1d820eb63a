package example.firstrule;

import java.util.concurrent.Semaphore;

/**
 * A desk whose seat is a proved mutex (a final semaphore of one permit, every method giving back in a {@code finally}
 * the permit it took) and whose ledger is a monitor, always taken in the same order: seat, then ledger. Four clerks;
 * no deadlock and no lock-order cycle.
 */
public final class SeatDesk {

    private final Semaphore seat = new Semaphore(1);
    private final Object ledger = new Object();
    private int entries;

    void record() throws InterruptedException {
        seat.acquire();
        try {
            synchronized (ledger) {
                entries++;
            }
        } finally {
            seat.release();
        }
    }

    int count() throws InterruptedException {
        seat.acquire();
        try {
            synchronized (ledger) {
                return entries;
            }
        } finally {
            seat.release();
        }
    }

    public static void main(String[] args) throws Exception {
        SeatDesk desk = new SeatDesk();
        Thread[] clerks = new Thread[4];
        for (int i = 0; i < clerks.length; i++) {
            clerks[i] = new Thread(() -> {
                try {
                    for (int n = 0; n < 500; n++) {
                        desk.record();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "clerk-" + i);
            clerks[i].start();
        }
        for (Thread clerk : clerks) {
            clerk.join();
        }
        System.out.println("entries: " + desk.count());
    }
}
