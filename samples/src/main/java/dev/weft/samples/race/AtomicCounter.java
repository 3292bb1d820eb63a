package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The correct twin of {@link LostUpdateCounter}: two threads count page hits in an {@link AtomicInteger},
 * whose {@code incrementAndGet} is one atomic read-modify-write.
 *
 * <p>{@code hits-1} and {@code hits-2} pass a start gate together and each adds 10,000 hits. The counter's
 * only plain field is {@code final} and written before the threads start; every update goes through the
 * atomic. The total is always 20,000.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Two threads count hits with AtomicInteger.incrementAndGet: no lost update, no race.",
        expect = "none",
        twin = "LostUpdateCounter")
public final class AtomicCounter {

    private static final int HITS_PER_THREAD = 10_000;

    private AtomicCounter() {
    }

    /** A hit counter whose increments are atomic: the fix. */
    static final class Counter {
        final AtomicInteger count = new AtomicInteger();

        void increment() {
            count.incrementAndGet();
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
        System.out.println("counted " + counter.count.get() + " of " + 2 * HITS_PER_THREAD + " hits");
    }

    private static void countHits(Counter counter, StartGate gate) {
        gate.arriveAndAwait();
        for (int i = 0; i < HITS_PER_THREAD; i++) {
            counter.increment();
        }
    }
}
