package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The other correct twin of {@link LostUpdateCounter}: two threads count page hits in a plain
 * {@code int} field, and every {@code count++} holds the counter's one lock.
 *
 * <p>{@code hits-1} and {@code hits-2} pass a start gate together and each adds 10,000 hits. Each
 * increment releases the lock the next one acquires, so all increments are ordered one after another,
 * and the total is always 20,000. {@code main} reads the total after joining both threads.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Two threads increment a plain int field, always holding one common lock: no race.",
        expect = "none",
        twin = "LostUpdateCounter")
public final class SynchronizedCounter {

    private static final int HITS_PER_THREAD = 10_000;

    private SynchronizedCounter() {
    }

    /** A hit counter; {@code lock} guards {@code count}: the fix. */
    static final class Counter {
        private final Object lock = new Object();
        int count;

        void increment() {
            synchronized (lock) {
                count++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Counter counter = new Counter();
        StartGate gate = new StartGate(2);
        Thread hits1 = new Thread(() -> countHits(counter, gate), "hits-1");
        Thread hits2 = new Thread(() -> countHits(counter, gate), "hits-2");
        hits1.start();
        hits2.start();
        hits1.join();
        hits2.join();
        System.out.println("counted " + counter.count + " of " + 2 * HITS_PER_THREAD + " hits");
    }

    private static void countHits(Counter counter, StartGate gate) {
        gate.arriveAndAwait();
        for (int i = 0; i < HITS_PER_THREAD; i++) {
            counter.increment();
        }
    }
}
