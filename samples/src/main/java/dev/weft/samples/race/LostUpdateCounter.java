package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * Two threads count page hits in one plain {@code int} field with {@code count++}: a read, an add and a
 * write that another thread can interleave, so increments get lost.
 *
 * <p>{@code hits-1} and {@code hits-2} pass a start gate together and each adds 10,000 hits to the same
 * {@code Counter}. Nothing orders one thread's {@code count++} with the other's: no common lock, no
 * volatile, no hand-off. The total can come out below 20,000 without weft; under weft the race is
 * reported on every run, whatever the total, because it needs no unlucky timing, only the missing order.
 *
 * <p><b>What weft reports</b>: a race on {@code Counter.count} between {@code hits-1} and
 * {@code hits-2}, both at the {@code count++} of {@code increment}.
 *
 * <p><b>The fix</b>: {@link AtomicCounter} makes the increment one atomic operation;
 * {@link SynchronizedCounter} makes every increment hold one common lock.
 */
@Sample(
        shows = "Two threads increment a plain int field with count++ and lose updates: a read-modify-write"
                + " data race.",
        expect = "race",
        field = "dev.weft.samples.race.LostUpdateCounter$Counter.count",
        threads = {"hits-1", "hits-2"},
        twin = "AtomicCounter")
public final class LostUpdateCounter {

    private static final int HITS_PER_THREAD = 10_000;

    private LostUpdateCounter() {
    }

    /** A hit counter with no synchronization at all: the bug. */
    static final class Counter {
        int count;

        void increment() {
            count++; // weft: race
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
