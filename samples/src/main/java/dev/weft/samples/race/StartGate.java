package dev.weft.samples.race;

import java.util.concurrent.CountDownLatch;

/**
 * A one-shot starting line that makes a racy sample's threads overlap, so the bug also shows without
 * weft: each thread arrives, then waits until all threads have arrived.
 *
 * <p><b>Important</b>: a thread passes the gate <em>before</em> its first racy access and never touches it
 * again. The gate's happens-before edges therefore end before the racy accesses begin and order none of
 * them: the race stays a race for a happens-before detector, on every run.
 */
final class StartGate {

    private final CountDownLatch arrivals;

    /**
     * Creates a starting line for a fixed number of threads.
     *
     * @param parties how many threads must arrive before any of them goes on
     */
    StartGate(int parties) {
        arrivals = new CountDownLatch(parties);
    }

    /** Arrives, then waits for every other party; an interrupt is kept for later, not thrown. */
    void arriveAndAwait() {
        arrivals.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                arrivals.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
