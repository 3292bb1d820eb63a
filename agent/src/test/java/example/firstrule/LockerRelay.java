package example.firstrule;

import java.util.concurrent.Semaphore;

/**
 * Lockers handed on hand over hand: a mover takes locker n's key, then n+1's, then gives back n's, one method taking and
 * another giving back each key (the semaphores are of one permit, final fields). Two movers walk the same direction,
 * so the order is consistent: no deadlock, no lock-order cycle.
 */
public final class LockerRelay {

    static final class Locker {
        private final Semaphore key = new Semaphore(1);
        int visits;

        void open() throws InterruptedException {
            key.acquire();
        }

        void close() {
            key.release();
        }
    }

    public static void main(String[] args) throws Exception {
        Locker[] lockers = new Locker[6];
        for (int i = 0; i < lockers.length; i++) {
            lockers[i] = new Locker();
        }
        Runnable walk = () -> {
            try {
                for (int round = 0; round < 200; round++) {
                    lockers[0].open();
                    for (int i = 0; i < lockers.length; i++) {
                        lockers[i].visits++;
                        if (i + 1 < lockers.length) {
                            lockers[i + 1].open();
                        }
                        lockers[i].close();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread first = new Thread(walk, "mover-1");
        Thread second = new Thread(walk, "mover-2");
        first.start();
        second.start();
        first.join();
        second.join();
        int visits = 0;
        for (Locker locker : lockers) {
            visits += locker.visits;
        }
        System.out.println("visits: " + visits);
    }
}
