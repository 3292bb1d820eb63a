package dev.weft.analysis.race;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out a {@link ThreadClock} with a fresh index (0, 1, 2, …) for each new thread. Indices are never
 * reused. Thread-safe.
 */
public final class ThreadClocks {

    private final AtomicInteger next = new AtomicInteger();

    /**
     * The clock of a new thread.
     *
     * <p><b>Important</b>: there are at most {@link Epoch#MAX_THREAD_INDEX} + 1 indices. Past them this
     * throws, every time; the caller must then leave that thread out of race detection.
     *
     * @throws IllegalStateException when every index has been handed out
     */
    public ThreadClock newThread() {
        int index = next.getAndUpdate(i -> i > Epoch.MAX_THREAD_INDEX ? i : i + 1);
        if (index > Epoch.MAX_THREAD_INDEX) {
            throw new IllegalStateException("more than " + (Epoch.MAX_THREAD_INDEX + 1L)
                    + " threads: no thread index left for race detection");
        }
        return new ThreadClock(index);
    }
}
