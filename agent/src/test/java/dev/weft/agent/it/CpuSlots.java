package dev.weft.agent.it;

import java.util.concurrent.Semaphore;

/**
 * The cores, shared by the child processes of all the tests that run at once (the IT classes and their tests
 * run concurrently: see the failsafe configuration): a child JVM, or a {@code weft} command that runs them one
 * after another, runs in a slot, one slot per core, so that the machine runs as many children as it has cores
 * whichever tests they come from. A check whose timing a second child beside it may upset runs
 * {@linkplain #alone() alone}: it waits until every slot is free and holds them all. A thread that already holds
 * a slot runs what it starts next in it (so it must not wait for another thread's slot meanwhile).
 */
final class CpuSlots implements AutoCloseable {

    /** One slot per core, at least two (the suite's time is measured on two cores). */
    static final int COUNT = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Semaphore FREE = new Semaphore(COUNT, true);
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);
    /** Wall time, in nanoseconds, during which 0, 1, ... {@link #COUNT} slots were taken ({@link SuiteTimes}). */
    private static final long[] NANOS_WITH_TAKEN = new long[COUNT + 1];
    private static int takenNow;
    private static long takenSince = System.nanoTime();

    private final int taken;

    private CpuSlots(int wanted) throws InterruptedException {
        int[] held = HELD.get();
        taken = Math.max(0, wanted - held[0]);
        if (taken > 0) { // acquire(0) of a fair semaphore waits behind the queued threads, which wait for this one's slots
            FREE.acquire(taken);
            count(taken);
        }
        held[0] += taken;
    }

    /** A slot for one child, held until closed. */
    static CpuSlots one() throws InterruptedException {
        return new CpuSlots(1);
    }

    /** Every slot, held until closed: no other child runs meanwhile. */
    static CpuSlots alone() throws InterruptedException {
        return new CpuSlots(COUNT);
    }

    @Override
    public void close() {
        HELD.get()[0] -= taken;
        if (taken > 0) {
            count(-taken);
            FREE.release(taken);
        }
    }

    /** For each number of slots, 0 to {@link #COUNT}, the wall time in nanoseconds during which that many were taken. */
    static synchronized long[] nanosWithTaken() {
        count(0);
        return NANOS_WITH_TAKEN.clone();
    }

    private static synchronized void count(int change) {
        long now = System.nanoTime();
        NANOS_WITH_TAKEN[takenNow] += now - takenSince;
        takenSince = now;
        takenNow += change;
    }
}
