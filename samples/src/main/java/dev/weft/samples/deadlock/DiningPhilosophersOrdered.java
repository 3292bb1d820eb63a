package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The correct twin of {@link DiningPhilosophers}: the same five philosophers and five
 * {@link ReentrantLock} forks, but everybody picks up the lower-numbered of their two forks first.
 *
 * <p>For philosophers 1 to 4 that is still the left fork; philosopher 5, between fork 5 (left) and
 * fork 1 (right), now picks up fork 1 first. With one global order of the forks the ring of waiting
 * philosophers cannot close. All five start together and eat a thousand times each; the program exits 0.
 *
 * <p><b>What weft reports</b>: nothing, neither a deadlock nor a lock-order cycle.
 */
@Sample(
        shows = "Five dining philosophers who each pick up the lower-numbered of their two forks"
                + " (ReentrantLocks) first: one global lock order, so no deadlock.",
        expect = "none",
        twin = "DiningPhilosophers")
public final class DiningPhilosophersOrdered {

    private static final int SEATS = 5;
    private static final int MEALS = 1_000;

    private DiningPhilosophersOrdered() {
    }

    public static void main(String[] args) throws InterruptedException {
        ReentrantLock[] forks = new ReentrantLock[SEATS + 1]; // forks[1] .. forks[5]
        for (int f = 1; f <= SEATS; f++) {
            forks[f] = new ReentrantLock();
        }
        Rendezvous start = new Rendezvous(SEATS);
        int[] meals = new int[SEATS + 1];

        Thread[] philosophers = new Thread[SEATS + 1];
        for (int i = 1; i <= SEATS; i++) {
            int seat = i;
            int left = i;
            int right = i % SEATS + 1;
            ReentrantLock first = forks[Math.min(left, right)];
            ReentrantLock second = forks[Math.max(left, right)];
            philosophers[i] = new Thread(() -> {
                start.arriveAndAwait();
                for (int m = 0; m < MEALS; m++) {
                    dine(first, second);
                    meals[seat]++;
                }
            }, "philosopher-" + i);
        }
        for (int i = 1; i <= SEATS; i++) {
            philosophers[i].start();
        }
        int total = 0;
        for (int i = 1; i <= SEATS; i++) {
            philosophers[i].join();
            total += meals[i];
        }
        System.out.println("meals eaten: " + total);
    }

    /** Picks up the lower-numbered fork, then the other one, eats, and puts both down: the fix. */
    static void dine(ReentrantLock first, ReentrantLock second) {
        first.lock();
        try {
            second.lock();
            try {
                eat();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }

    private static void eat() {
        Thread.onSpinWait();
    }
}
