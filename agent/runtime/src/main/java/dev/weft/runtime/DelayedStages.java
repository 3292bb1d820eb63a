package dev.weft.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The delays of {@code CompletableFuture} in a controlled run: {@code orTimeout}, {@code completeOnTimeout}
 * and {@code CompletableFuture.delayedExecutor(..)} called by application code. The JDK runs them in a timer
 * thread of its own, out of the model's sight and by the clock; here they are scheduled, as the JDK does, on
 * one scheduled pool with one daemon worker named as the JDK's ({@code CompletableFutureDelayScheduler}),
 * whose cancelled tasks are removed, but the pool is a {@link ModelledScheduledThreadPoolExecutor}: its worker
 * is a thread of the model, and its delays are virtual. So a timeout fires only when no other thread can go on
 * (or when its virtual due time comes before another task of the pool), and a run with timeouts is replayable.
 * The pool is made by the first such call (its worker when the first delay is scheduled, in creation order).
 *
 * <p>Only futures of the JDK's own class are redirected: a subclass may override these methods. Where the
 * pool cannot be the model's ({@code java.util.concurrent} not open to weft), the JDK's methods are called.
 */
public final class DelayedStages {

    private static final String THREAD_NAME = "CompletableFutureDelayScheduler";
    private static ModelledScheduledThreadPoolExecutor delayer;
    private static boolean unavailable;

    private DelayedStages() { }

    /** {@code future.orTimeout(timeout, unit)}: completed with a {@code TimeoutException} when the delay passes. */
    static CompletableFuture<Object> orTimeout(CompletableFuture<Object> future, long timeout, TimeUnit unit, int site) {
        ModelledScheduledThreadPoolExecutor pool = future.getClass() == CompletableFuture.class ? delayer(site) : null;
        if (pool == null) {
            return future.orTimeout(timeout, unit);
        }
        Objects.requireNonNull(unit);
        if (!future.isDone()) {
            cancelWhenDone(future, pool.schedule(() -> {
                if (!future.isDone()) {
                    future.completeExceptionally(new TimeoutException());
                }
            }, timeout, unit));
        }
        return future;
    }

    /** {@code future.completeOnTimeout(value, timeout, unit)}: completed with {@code value} when the delay passes. */
    static CompletableFuture<Object> completeOnTimeout(CompletableFuture<Object> future, Object value, long timeout,
                                                       TimeUnit unit, int site) {
        ModelledScheduledThreadPoolExecutor pool = future.getClass() == CompletableFuture.class ? delayer(site) : null;
        if (pool == null) {
            return future.completeOnTimeout(value, timeout, unit);
        }
        Objects.requireNonNull(unit);
        if (!future.isDone()) {
            cancelWhenDone(future, pool.schedule(() -> future.complete(value), timeout, unit));
        }
        return future;
    }

    /**
     * {@code CompletableFuture.delayedExecutor(delay, unit, executor)}: an executor that hands each task to
     * {@code executor} when the delay has passed; without an executor ({@code null} here), to the one async
     * stages made without an executor use in a controlled run ({@link AsyncStages}).
     */
    static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor, int site) {
        Objects.requireNonNull(unit);
        ModelledScheduledThreadPoolExecutor pool = delayer(site);
        if (pool == null) {
            return executor == null ? CompletableFuture.delayedExecutor(delay, unit)
                    : CompletableFuture.delayedExecutor(delay, unit, executor);
        }
        Executor target = executor == null ? AsyncStages.executor(site) : executor;
        return task -> {
            Objects.requireNonNull(task);
            pool.schedule(() -> target.execute(task), delay, unit);
        };
    }

    /** As the JDK's {@code Canceller}: the delayed task is cancelled (and removed) once the future is done. */
    private static void cancelWhenDone(CompletableFuture<Object> future, ScheduledFuture<?> delayed) {
        future.whenComplete((result, failure) -> {
            if (!delayed.isDone()) {
                delayed.cancel(false);
            }
        });
    }

    /**
     * Forgets the delaying pool, before each schedule when several run in one JVM, so that the schedule makes its own at
     * its first delay (its worker a thread of its model, at its site) as a fresh JVM does. A pool that made its worker
     * ended its JVM (the worker outlived {@code main}), so the one forgotten here ran nothing.
     */
    public static synchronized void startOver() {
        if (delayer != null) {
            delayer.shutdown();
            delayer = null;
        }
    }

    /** The run's delaying pool, made at the first call; {@code null} when it cannot be the model's. */
    private static synchronized ModelledScheduledThreadPoolExecutor delayer(int site) {
        if (delayer == null && !unavailable) {
            ThreadFactory daemons = task -> {
                Thread thread = new Thread(task, THREAD_NAME);
                thread.setDaemon(true);
                return thread;
            };
            ModelledScheduledThreadPoolExecutor pool = new ModelledScheduledThreadPoolExecutor(1, daemons, site);
            if (pool.modelled()) {
                pool.setRemoveOnCancelPolicy(true);
                delayer = pool;
            } else {
                pool.shutdown();
                unavailable = true;
            }
        }
        return delayer;
    }
}
