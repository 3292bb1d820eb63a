package dev.weft.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for {@code Executors.newFixedThreadPool}, {@code newSingleThreadExecutor},
 * {@code newCachedThreadPool}, {@code newScheduledThreadPool} and {@code newSingleThreadScheduledExecutor}
 * called by the application in a controlled run: the same pool (a {@code ThreadPoolExecutor} with an unbounded
 * queue, or a cached pool's {@code SynchronousQueue}; a {@link ModelledScheduledThreadPoolExecutor}), whose
 * worker threads join the scheduling model when they are made (as threads the application starts do) and
 * whose wait for work is a blocking call of the model ({@link ModelledThreadPoolExecutor}). The tasks then run
 * under the model's control like the application's own threads, and a {@code Future.get} of them is
 * replayable. Outside controlled runs, the JDK's methods are called.
 */
public final class ModelledPools {

    private ModelledPools() { }

    public static ExecutorService newFixedThreadPool(int threads, int site) {
        return Weft.schedules() ? pool(threads, Executors.defaultThreadFactory(), site)
                : Executors.newFixedThreadPool(threads);
    }

    public static ExecutorService newFixedThreadPool(int threads, ThreadFactory factory, int site) {
        return Weft.schedules() ? pool(threads, factory, site) : Executors.newFixedThreadPool(threads, factory);
    }

    public static ExecutorService newSingleThreadExecutor(int site) {
        return Weft.schedules() ? pool(1, Executors.defaultThreadFactory(), site) : Executors.newSingleThreadExecutor();
    }

    public static ExecutorService newSingleThreadExecutor(ThreadFactory factory, int site) {
        return Weft.schedules() ? pool(1, factory, site) : Executors.newSingleThreadExecutor(factory);
    }

    public static ExecutorService newCachedThreadPool(int site) {
        return Weft.schedules() ? cached(Executors.defaultThreadFactory(), site) : Executors.newCachedThreadPool();
    }

    public static ExecutorService newCachedThreadPool(ThreadFactory factory, int site) {
        return Weft.schedules() ? cached(factory, site) : Executors.newCachedThreadPool(factory);
    }

    public static ScheduledExecutorService newScheduledThreadPool(int threads, int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(threads, site)
                : Executors.newScheduledThreadPool(threads);
    }

    public static ScheduledExecutorService newScheduledThreadPool(int threads, ThreadFactory factory, int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(threads, factory, site)
                : Executors.newScheduledThreadPool(threads, factory);
    }

    public static ScheduledExecutorService newSingleThreadScheduledExecutor(int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(1, site)
                : Executors.newSingleThreadScheduledExecutor();
    }

    public static ScheduledExecutorService newSingleThreadScheduledExecutor(ThreadFactory factory, int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(1, factory, site)
                : Executors.newSingleThreadScheduledExecutor(factory);
    }

    /** {@code CompletableFuture.delayedExecutor(delay, unit)}: in a controlled run, its delay is virtual ({@link DelayedStages}). */
    public static Executor delayedExecutor(long delay, TimeUnit unit, int site) {
        return Weft.schedules() ? DelayedStages.delayedExecutor(delay, unit, null, site)
                : CompletableFuture.delayedExecutor(delay, unit);
    }

    /** {@code CompletableFuture.delayedExecutor(delay, unit, executor)}: as {@link #delayedExecutor(long, TimeUnit, int)}. */
    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor, int site) {
        if (!Weft.schedules()) {
            return CompletableFuture.delayedExecutor(delay, unit, executor);
        }
        return DelayedStages.delayedExecutor(delay, unit, Objects.requireNonNull(executor), site);
    }

    /** True for a pool whose workers are threads of the model. */
    static boolean isModelled(Object executor) {
        return ModelledThreadPoolExecutor.isModelled(executor)
                || executor instanceof ModelledScheduledThreadPoolExecutor scheduled && scheduled.modelled();
    }

    private static ExecutorService pool(int threads, ThreadFactory factory, int site) {
        return new ModelledThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                factory, site);
    }

    /** As the JDK's: no core threads, idle ones leave after 60 s (when the model says so), tasks handed over. */
    private static ExecutorService cached(ThreadFactory factory, int site) {
        return new ModelledThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS, new SynchronousQueue<>(),
                factory, site);
    }
}
