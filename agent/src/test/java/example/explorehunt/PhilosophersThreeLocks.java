package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Three philosophers at a round table, each fork a {@code ReentrantLock}: every philosopher takes the fork on the
 * left, then the one on the right. When all three hold their left fork, none gets a right one.
 */
// weft: expect deadlock
public final class PhilosophersThreeLocks {

    static final int SEATS = 3;
    static final ReentrantLock[] FORKS = {new ReentrantLock(), new ReentrantLock(), new ReentrantLock()};
    static final int[] MEALS = new int[SEATS];

    public static void main(String[] args) throws InterruptedException {
        Thread[] philosophers = new Thread[SEATS];
        for (int seat = 0; seat < SEATS; seat++) {
            int own = seat;
            philosophers[seat] = new Thread(() -> dine(own, own, (own + 1) % SEATS), "philosopher-" + seat);
            philosophers[seat].start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
        System.out.println("meals " + java.util.Arrays.toString(MEALS));
    }

    static void dine(int seat, int first, int second) {
        FORKS[first].lock();
        try {
            FORKS[second].lock();
            try {
                MEALS[seat]++;
            } finally {
                FORKS[second].unlock();
            }
        } finally {
            FORKS[first].unlock();
        }
    }
}
