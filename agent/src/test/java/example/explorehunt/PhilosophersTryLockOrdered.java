package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link PhilosophersTryLockGiveUp} with both philosophers picking up the lower-numbered fork first: whoever holds
 * it finds the other free, so no try fails.
 */
// weft: expect none
public final class PhilosophersTryLockOrdered {

    static final int TRIES = 3;

    static void dine(String name, ReentrantLock first, ReentrantLock second) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            first.lock();
            try {
                if (second.tryLock()) {
                    try {
                        System.out.println(name + " eats");
                        return;
                    } finally {
                        second.unlock();
                    }
                }
            } finally {
                first.unlock();
            }
        }
        throw new IllegalStateException(name + " gave up hungry after " + TRIES + " tries");
    }

    public static void main(String[] args) throws InterruptedException {
        ReentrantLock fork0 = new ReentrantLock();
        ReentrantLock fork1 = new ReentrantLock();
        Thread plato = new Thread(() -> dine("plato", fork0, fork1), "plato");
        Thread kant = new Thread(() -> dine("kant", fork0, fork1), "kant");
        plato.start();
        kant.start();
        plato.join();
        kant.join();
    }
}
