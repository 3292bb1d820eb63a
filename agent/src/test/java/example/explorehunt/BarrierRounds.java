package example.explorehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Two workers meet at a {@code CyclicBarrier} after each round; the barrier action merges their partial
 * sums. A worker that finds the shared {@code stop} flag set leaves without meeting the other, which then
 * waits at the barrier forever: only when the stopper's write falls between the two workers' checks.
 */
// weft: expect deadlock
public final class BarrierRounds {

    private static volatile boolean stop;
    private static volatile int merged;

    public static void main(String[] args) throws InterruptedException {
        CyclicBarrier roundEnd = new CyclicBarrier(2, () -> merged++);
        Runnable worker = () -> {
            try {
                for (int round = 0; round < 2; round++) {
                    if (stop) {
                        return; // the bug: leaves without breaking the barrier
                    }
                    roundEnd.await();
                }
            } catch (InterruptedException | BrokenBarrierException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread left = new Thread(worker, "left");
        Thread right = new Thread(worker, "right");
        Thread stopper = new Thread(() -> stop = true, "stopper");
        left.start();
        right.start();
        stopper.start();
        left.join();
        right.join();
        stopper.join();
        System.out.println("rounds merged " + merged);
    }
}
