package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Two philosophers each pick up their left fork, then only try the right one: when it is taken they put the left
 * one down and try again, and give up hungry after three tries. Each holding a left fork, both fail their tries in
 * step (a livelock, bounded here by the give-up): a philosopher goes hungry.
 */
// weft: expect failure
public final class PhilosophersTryLockGiveUp {

    static final int TRIES = 3;

    static void dine(String name, ReentrantLock left, ReentrantLock right) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            left.lock();
            try {
                if (right.tryLock()) { // the bug: both may fail together, every time
                    try {
                        System.out.println(name + " eats");
                        return;
                    } finally {
                        right.unlock();
                    }
                }
            } finally {
                left.unlock();
            }
        }
        throw new IllegalStateException(name + " gave up hungry after " + TRIES + " tries");
    }

    public static void main(String[] args) throws InterruptedException {
        ReentrantLock fork0 = new ReentrantLock();
        ReentrantLock fork1 = new ReentrantLock();
        Thread plato = new Thread(() -> dine("plato", fork0, fork1), "plato");
        Thread kant = new Thread(() -> dine("kant", fork1, fork0), "kant");
        plato.start();
        kant.start();
        plato.join();
        kant.join();
    }
}
