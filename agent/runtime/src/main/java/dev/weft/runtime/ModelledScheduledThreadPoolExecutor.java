package dev.weft.runtime;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The {@code ScheduledThreadPoolExecutor} of a controlled run, made where the application makes one (as
 * {@link ModelledThreadPoolExecutor} is; also {@code Executors.newScheduledThreadPool} and
 * {@code newSingleThreadScheduledExecutor}). Its workers join the model when the pool makes them, and its
 * delays are <em>virtual</em>: each task is due at the pool's virtual time when it was scheduled plus its delay
 * (a periodic one again after its period, or its delay after a run), and the pool's time advances only when the
 * model ends a worker's wait for the first task in time order ({@link WorkQueue}), which it does only when no
 * other thread can go on. So {@code schedule(task, 1, SECONDS)} does not sleep a second, and due tasks run in a
 * deterministic order. The pool's own queue, in the JDK's order of due times, stays; only the worker's wait is
 * the model's.
 *
 * <p>The queue is wrapped through the JDK's field, which needs {@code java.util.concurrent} open to weft's
 * runtime: where it is not, the pool is the JDK's (its workers wait in the JVM, out of the model's sight).
 */
public class ModelledScheduledThreadPoolExecutor extends ScheduledThreadPoolExecutor {

    private final int site;
    private final boolean modelled;
    /** The pool's virtual time, in nanoseconds. */
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    /** The delay and period (negative: a fixed delay) of the {@code schedule*} call the thread is in. */
    private final ThreadLocal<long[]> timing = new ThreadLocal<>();

    public ModelledScheduledThreadPoolExecutor(int corePoolSize, int site) {
        this(corePoolSize, Executors.defaultThreadFactory(), new AbortPolicy(), site);
    }

    public ModelledScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory, int site) {
        this(corePoolSize, threadFactory, new AbortPolicy(), site);
    }

    public ModelledScheduledThreadPoolExecutor(int corePoolSize, RejectedExecutionHandler handler, int site) {
        this(corePoolSize, Executors.defaultThreadFactory(), handler, site);
    }

    public ModelledScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory,
                                               RejectedExecutionHandler handler, int site) {
        super(corePoolSize, JoiningThreadFactory.of(threadFactory, site), handler);
        this.site = site;
        this.modelled = Weft.schedules() && WorkQueue.replaceIn(this, site);
    }

    /** Whether the pool's workers wait for its tasks in the model. */
    boolean modelled() {
        return modelled;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return timed(delay, 0, unit, () -> super.schedule(command, delay, unit));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return timed(delay, 0, unit, () -> super.schedule(callable, delay, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return timed(initialDelay, period, unit, () -> super.scheduleAtFixedRate(command, initialDelay, period, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return timed(initialDelay, -delay, unit,
                () -> super.scheduleWithFixedDelay(command, initialDelay, delay, unit));
    }

    @Override
    public void setThreadFactory(ThreadFactory threadFactory) {
        super.setThreadFactory(JoiningThreadFactory.of(threadFactory, site));
    }

    @Override
    public List<Runnable> shutdownNow() {
        JoiningThreadFactory.interrupting(getThreadFactory(), site);
        return super.shutdownNow();
    }

    /** The JDK's task of a task of such a pool (what a report names), else {@code future} itself. */
    static Object jdkTask(Object future) {
        return future instanceof ModelledScheduledThreadPoolExecutor.VirtualTask<?> task ? task.task : future;
    }

    /** Makes a {@code schedule*} call (also of {@code execute} and {@code submit}, which schedule with no delay). */
    private <T> T timed(long delay, long period, TimeUnit unit, Supplier<T> call) {
        if (!modelled || unit == null) {
            return call.get();
        }
        timing.set(new long[] {unit.toNanos(delay), unit.toNanos(period)});
        try {
            return call.get();
        } finally {
            timing.remove();
        }
    }

    @Override
    protected <V> RunnableScheduledFuture<V> decorateTask(Runnable runnable, RunnableScheduledFuture<V> task) {
        return virtual(task);
    }

    @Override
    protected <V> RunnableScheduledFuture<V> decorateTask(Callable<V> callable, RunnableScheduledFuture<V> task) {
        return virtual(task);
    }

    private <V> RunnableScheduledFuture<V> virtual(RunnableScheduledFuture<V> task) {
        long[] requested = timing.get();
        return requested == null ? task : new VirtualTask<>(task, requested[0], requested[1]);
    }

    /**
     * A task of the pool, due at a virtual time: the JDK's task, whose own due time (by the clock) is not
     * looked at, since the pool's queue orders and hands out these.
     */
    final class VirtualTask<V> implements RunnableScheduledFuture<V> {
        private final RunnableScheduledFuture<V> task;
        private final long period;
        private final long order = sequence.getAndIncrement();
        private volatile long due;

        private VirtualTask(RunnableScheduledFuture<V> task, long delay, long period) {
            this.task = task;
            this.period = period;
            this.due = now.get() + Math.max(0, delay);
        }

        /** The model ended a worker's wait for this task: the pool's time is its due time. */
        void reached() {
            now.accumulateAndGet(due, Math::max);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now.get(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            if (other instanceof VirtualTask<?> task) {
                int byTime = Long.compare(due, task.due);
                return byTime != 0 ? byTime : Long.compare(order, task.order);
            }
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean isPeriodic() {
            return task.isPeriodic();
        }

        /** Runs the task; a periodic one is due again (the JDK's task puts this back in the queue as it ends). */
        @Override
        public void run() {
            if (period != 0) {
                due = period > 0 ? due + period : now.get() - period;
            }
            task.run();
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = task.cancel(mayInterruptIfRunning);
            if (cancelled && getRemoveOnCancelPolicy()) {
                remove(this);
            }
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }

        @Override
        public boolean isDone() {
            return task.isDone();
        }

        @Override
        public V get() throws InterruptedException, ExecutionException {
            return task.get();
        }

        @Override
        public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return task.get(timeout, unit);
        }
    }
}
