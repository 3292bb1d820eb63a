package dev.weft.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The numbers in the names the runtime gives threads in a controlled run ({@code ForkJoinPool.commonPool-worker-N} of
 * async stages, {@code ForkJoinPool-N-worker-M} of the fork/join pools' models, {@code Timer-N} of the timers' models): set back before each schedule when
 * several run in one JVM, so that its threads are named as in a fresh JVM (the names are in findings); and the name
 * a finding gives a thread.
 */
public final class ThreadNames {

    private static final AtomicInteger COMMON_POOL_WORKERS = new AtomicInteger();
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final AtomicInteger TIMERS = new AtomicInteger();

    private ThreadNames() { }

    /** Numbers the threads and pools named from now on as a fresh JVM would. */
    public static void startOver() {
        COMMON_POOL_WORKERS.set(0);
        POOLS.set(0);
        TIMERS.set(0);
    }

    /** The thread's name, or {@code unnamed thread #id} for one without (a virtual thread's default). */
    public static String of(Thread thread) {
        String name = thread.getName();
        return name.isEmpty() ? "unnamed thread #" + thread.getId() : name;
    }

    /** The number of the next common pool worker an async stage makes (from 1). */
    static int nextCommonPoolWorker() {
        return COMMON_POOL_WORKERS.incrementAndGet();
    }

    /** The name of the next timer made without one, as the JDK names it ({@code Timer-N}, from 0). */
    static String nextTimer() {
        return "Timer-" + TIMERS.getAndIncrement();
    }

    /** The number of the next fork/join pool a model is made for (from 1). */
    static int nextPool() {
        return POOLS.incrementAndGet();
    }
}
