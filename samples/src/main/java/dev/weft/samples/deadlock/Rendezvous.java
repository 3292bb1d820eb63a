package dev.weft.samples.deadlock;

import java.util.concurrent.CountDownLatch;

/**
 * A one-shot meeting point that makes a sample's bad interleaving happen on every run: each party
 * arrives, then waits until all parties have arrived.
 *
 * <p><b>Note</b>: it is built on a {@link CountDownLatch} rather than a {@code CyclicBarrier} because a
 * latch takes no lock, so the only locks a sample touches are the ones its comment talks about.
 */
final class Rendezvous {

    private final CountDownLatch arrivals;

    /**
     * Creates a meeting point for a fixed number of parties.
     *
     * @param parties how many threads must arrive before any of them goes on
     */
    Rendezvous(int parties) {
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
