package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Dijkstra's five dining philosophers around a round table, one fork between each two neighbours;
 * every philosopher picks up the left fork, then the right one. The forks are {@link ReentrantLock}s.
 *
 * <p>Philosopher {@code i} (1 to 5) has fork {@code i} on the left and fork {@code i % 5 + 1} on the
 * right. All five pick up their left fork, meet at a rendezvous (so the bad interleaving happens on
 * every run), and each then reaches for the right fork, which is the left fork of the neighbour: five
 * threads wait for each other in a ring and nobody ever eats. {@code main} waits in {@code join()}
 * outside the deadlock.
 *
 * <p><b>What weft reports</b>: a deadlock of the five threads {@code philosopher-1} to
 * {@code philosopher-5} on the five forks' {@code ReentrantLock}s. Each waits in {@code dine} at
 * {@code right.lock()} for the fork its right-hand neighbour took at {@code left.lock()} in the same
 * method.
 *
 * <p><b>The fix</b>: {@link DiningPhilosophersOrdered} numbers the forks and has everybody pick up the
 * lower-numbered fork first, so philosopher 5 reaches for fork 1 (its right) before fork 5 (its left).
 */
@Sample(
        shows = "Five dining philosophers, each taking the left fork (a ReentrantLock) and then the right:"
                + " a real deadlock of five threads in a ring.",
        expect = "deadlock",
        threads = {"philosopher-1", "philosopher-2", "philosopher-3", "philosopher-4", "philosopher-5"},
        twin = "DiningPhilosophersOrdered")
public final class DiningPhilosophers {

    private static final int SEATS = 5;

    private DiningPhilosophers() {
    }

    public static void main(String[] args) throws InterruptedException {
        ReentrantLock[] forks = new ReentrantLock[SEATS + 1]; // forks[1] .. forks[5]
        for (int f = 1; f <= SEATS; f++) {
            forks[f] = new ReentrantLock();
        }
        Rendezvous allHoldTheirLeftFork = new Rendezvous(SEATS);

        Thread[] philosophers = new Thread[SEATS + 1];
        for (int i = 1; i <= SEATS; i++) {
            ReentrantLock left = forks[i];
            ReentrantLock right = forks[i % SEATS + 1];
            philosophers[i] = new Thread(() -> dine(left, right, allHoldTheirLeftFork), "philosopher-" + i);
        }
        for (int i = 1; i <= SEATS; i++) {
            philosophers[i].start();
        }
        for (int i = 1; i <= SEATS; i++) {
            philosophers[i].join();
        }
        System.out.println("everybody ate");
    }

    /** Picks up the left fork, then the right one, eats, and puts both down: the bug. */
    static void dine(ReentrantLock left, ReentrantLock right, Rendezvous allHoldTheirLeftFork) {
        left.lock(); // weft: holds
        try {
            allHoldTheirLeftFork.arriveAndAwait();
            right.lock(); // weft: waits
            try {
                eat();
            } finally {
                right.unlock();
            }
        } finally {
            left.unlock();
        }
    }

    private static void eat() {
        Thread.onSpinWait();
    }
}
