package dev.weft.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Date;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code java.util.Timer} of a controlled run, made where the application makes one (instrumentation makes a
 * {@code new Timer(..)} a {@code new} of this class with the call's site as a last argument, and an application
 * class that extends {@code Timer} extends this one). The JDK's timer runs its tasks in a thread it starts itself,
 * which waits for them by the clock in the JDK's own {@code wait(timeout)}, out of the model's sight; here its
 * tasks run on a {@link ModelledScheduledThreadPoolExecutor} of one worker, named and daemon as the JDK's thread
 * would be, made when the timer is (as the JDK starts its thread), whose delays are virtual. The JDK's thread is
 * started by the JDK's constructor all the same, and ended at once (its timer cancelled, with nothing queued).
 *
 * <p>The timer keeps the JDK's rules, through {@code TimerTask}'s own fields: a task is scheduled once, a cancelled
 * task ({@code TimerTask.cancel}) does not run again and {@link #purge()} counts it, {@code scheduledExecutionTime}
 * says when it was due, a repeated task is due again after its period (fixed rate) or after its start (fixed
 * delay), {@link #cancel()} lets a running task end and runs no other, and a task that throws ends the timer: its
 * thread dies of the exception and a later {@code schedule} says the timer is cancelled. Where the pool cannot be
 * the model's or {@code java.util} is not open to weft, the timer is the JDK's.
 */
public class ModelledTimer extends Timer {

    private final TimerPool pool;
    private final int site;
    private volatile boolean cancelled;

    public ModelledTimer(int site) {
        this(ThreadNames.nextTimer(), false, site);
    }

    public ModelledTimer(boolean isDaemon, int site) {
        this(ThreadNames.nextTimer(), isDaemon, site);
    }

    public ModelledTimer(String name, int site) {
        this(name, false, site);
    }

    public ModelledTimer(String name, boolean isDaemon, int site) {
        super(name, isDaemon);
        this.site = site;
        TimerPool modelled = TaskFields.OPEN ? new TimerPool(name, isDaemon, site) : null;
        if (modelled != null && modelled.modelled()) {
            super.cancel();
            modelled.prestartCoreThread();
            pool = modelled;
        } else {
            if (modelled != null) {
                modelled.shutdown();
            }
            pool = null;
        }
    }

    @Override
    public void schedule(TimerTask task, long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        if (pool == null) {
            super.schedule(task, delay);
        } else {
            queue(task, delay, 0);
        }
    }

    @Override
    public void schedule(TimerTask task, Date time) {
        if (pool == null) {
            super.schedule(task, time);
        } else {
            queue(task, untilTime(time.getTime(), site), 0);
        }
    }

    @Override
    public void schedule(TimerTask task, long delay, long period) {
        checkRepeat(delay, period);
        if (pool == null) {
            super.schedule(task, delay, period);
        } else {
            queue(task, delay, -period);
        }
    }

    @Override
    public void schedule(TimerTask task, Date firstTime, long period) {
        checkRepeat(0, period);
        if (pool == null) {
            super.schedule(task, firstTime, period);
        } else {
            queue(task, untilTime(firstTime.getTime(), site), -period);
        }
    }

    @Override
    public void scheduleAtFixedRate(TimerTask task, long delay, long period) {
        checkRepeat(delay, period);
        if (pool == null) {
            super.scheduleAtFixedRate(task, delay, period);
        } else {
            queue(task, delay, period);
        }
    }

    @Override
    public void scheduleAtFixedRate(TimerTask task, Date firstTime, long period) {
        checkRepeat(0, period);
        if (pool == null) {
            super.scheduleAtFixedRate(task, firstTime, period);
        } else {
            queue(task, untilTime(firstTime.getTime(), site), period);
        }
    }

    /** Ends the timer: a running task ends, no other runs, and scheduling is refused from now on. */
    @Override
    public void cancel() {
        if (pool == null) {
            super.cancel();
        } else {
            cancelled = true;
            pool.shutdown();
        }
    }

    /** Removes the cancelled tasks still waiting to be due, and says how many. */
    @Override
    public int purge() {
        if (pool == null) {
            return super.purge();
        }
        int purged = 0;
        for (Runnable queued : pool.getQueue().toArray(new Runnable[0])) {
            TimerRun run = pool.runOf(queued);
            if (run != null && TaskFields.state(run.task) == TaskFields.CANCELLED && pool.remove(queued)) {
                purged++;
            }
        }
        return purged;
    }

    private static void checkRepeat(long delay, long period) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
    }

    /**
     * The delay until {@code time}, in milliseconds since the epoch: none when it has passed. It is counted on the real
     * clock, which another run reads at another moment, so the run is not exactly replayable from then on: its
     * virtual due time, and so its order among the pool's tasks, may differ.
     */
    private static long untilTime(long time, int site) {
        if (time < 0) {
            throw new IllegalArgumentException("Illegal execution time.");
        }
        Weft.readsClock("a task was scheduled for a date (its delay is counted on the real clock) on the timer made", site);
        return Math.max(0, time - System.currentTimeMillis());
    }

    /** As the JDK's {@code sched}: the task is marked scheduled (once only) and handed to the pool. */
    private void queue(TimerTask task, long delay, long period) {
        if (cancelled) {
            throw new IllegalStateException("Timer already cancelled.");
        }
        long repeat = Math.abs(period) > (Long.MAX_VALUE >> 1) ? period >> 1 : period;
        TaskFields.schedule(task, System.currentTimeMillis() + delay, repeat);
        TimerRun run = new TimerRun(task, repeat);
        try {
            ScheduledFuture<?> future = repeat == 0 ? pool.schedule(run, delay, TimeUnit.MILLISECONDS)
                    : repeat > 0 ? pool.scheduleAtFixedRate(run, delay, repeat, TimeUnit.MILLISECONDS)
                    : pool.scheduleWithFixedDelay(run, delay, -repeat, TimeUnit.MILLISECONDS);
            pool.track(future, run);
        } catch (RejectedExecutionException shutDown) {
            throw new IllegalStateException("Timer already cancelled.");
        }
    }

    /** What the pool runs for a task: the JDK timer's checks as it takes the task, then the task. */
    private final class TimerRun implements Runnable {
        private final TimerTask task;
        private final long period;

        private TimerRun(TimerTask task, long period) {
            this.task = task;
            this.period = period;
        }

        @Override
        public void run() {
            if (!TaskFields.fire(task, period)) {
                throw Dropped.INSTANCE; // cancelled: a repeated task is not run again
            }
            try {
                task.run();
            } catch (Throwable failure) {
                cancelled = true;
                pool.failed(failure);
                throw failure;
            }
        }
    }

    /** Ends the repeats of a task cancelled before it was due (the pool's task ends with it, unreported). */
    private static final class Dropped extends RuntimeException {
        static final Dropped INSTANCE = new Dropped();

        private Dropped() {
            super(null, null, false, false);
        }
    }

    /** The timer's one worker, which dies of a task's exception as the JDK's timer thread does. */
    private static final class TimerPool extends ModelledScheduledThreadPoolExecutor {
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final WeakIdentityMap<TimerRun> runs = new WeakIdentityMap<>();

        TimerPool(String name, boolean daemon, int site) {
            super(1, task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(daemon);
                return thread;
            }, site);
            setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        }

        void track(ScheduledFuture<?> future, TimerRun run) {
            runs.putIfAbsent(future, run);
        }

        TimerRun runOf(Runnable queued) {
            return runs.get(queued);
        }

        /** A task threw: the timer ends, and its worker dies of the exception after the task. */
        void failed(Throwable thrown) {
            failure.set(thrown);
            shutdown();
        }

        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            Throwable failed = failure.getAndSet(null);
            if (failed != null) {
                throw TimerPool.<RuntimeException>rethrown(failed);
            }
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> T rethrown(Throwable failure) throws T {
            throw (T) failure;
        }
    }

    /** The JDK's fields of a {@code TimerTask}, which keep its state as the JDK's timer would. */
    private static final class TaskFields {
        static final int VIRGIN = 0;
        static final int SCHEDULED = 1;
        static final int EXECUTED = 2;
        static final int CANCELLED = 3;
        static final boolean OPEN;
        private static final VarHandle LOCK;
        private static final VarHandle STATE;
        private static final VarHandle NEXT;
        private static final VarHandle PERIOD;

        static {
            VarHandle lock = null;
            VarHandle state = null;
            VarHandle next = null;
            VarHandle period = null;
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(TimerTask.class, MethodHandles.lookup());
                lock = lookup.findVarHandle(TimerTask.class, "lock", Object.class);
                state = lookup.findVarHandle(TimerTask.class, "state", int.class);
                next = lookup.findVarHandle(TimerTask.class, "nextExecutionTime", long.class);
                period = lookup.findVarHandle(TimerTask.class, "period", long.class);
            } catch (ReflectiveOperationException | RuntimeException closed) {
                lock = null; // java.util is not open to weft: the timer stays the JDK's
            }
            OPEN = lock != null;
            LOCK = lock;
            STATE = state;
            NEXT = next;
            PERIOD = period;
        }

        private TaskFields() { }

        static int state(TimerTask task) {
            synchronized (LOCK.get(task)) {
                return (int) STATE.get(task);
            }
        }

        /** Marks {@code task} scheduled at {@code time} (ms since the epoch), as the JDK's {@code sched} does. */
        static void schedule(TimerTask task, long time, long period) {
            synchronized (LOCK.get(task)) {
                if ((int) STATE.get(task) != VIRGIN) {
                    throw new IllegalStateException("Task already scheduled or cancelled");
                }
                NEXT.set(task, time);
                PERIOD.set(task, period);
                STATE.set(task, SCHEDULED);
            }
        }

        /**
         * As the JDK's timer thread takes a due task: false when it was cancelled; else a one-off task is executed
         * and a repeated one due again after its period (fixed rate) or its period from now (fixed delay).
         */
        static boolean fire(TimerTask task, long period) {
            synchronized (LOCK.get(task)) {
                if ((int) STATE.get(task) == CANCELLED) {
                    return false;
                }
                if (period == 0) {
                    STATE.set(task, EXECUTED);
                } else {
                    long next = (long) NEXT.get(task);
                    NEXT.set(task, period < 0 ? System.currentTimeMillis() - period : next + period);
                }
                return true;
            }
        }
    }
}
