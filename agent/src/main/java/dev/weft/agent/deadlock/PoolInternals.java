package dev.weft.agent.deadlock;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the JDK keeps private about its thread pools and the threads that run them, read for {@link PoolWatch}: which
 * pool a thread works for, how many threads a pool has and how many run a task, its queue, the thread that runs a
 * {@link FutureTask} and the task it was made of. Needs {@code java.lang} and {@code java.util.concurrent} opened to weft (done at start-up); where
 * they are not, or the JDK's fields differ, {@link #available()} is false and the watch stays silent.
 */
final class PoolInternals {

    /** The low bits of a pool's {@code ctl}: its number of threads. */
    private static final int COUNT_MASK = (1 << (Integer.SIZE - 3)) - 1;

    private final Field threadTarget;     // Thread.target (JDK 17), or Thread.holder (19+)...
    private final Field holderTask;       // ...and FieldHolder.task, or null
    private final Field workerPool;       // ThreadPoolExecutor$Worker.this$0
    private final Method workerLocked;    // ThreadPoolExecutor$Worker.isLocked(): it runs a task
    private final Field poolControl;      // ThreadPoolExecutor.ctl
    private final Field poolQueue;        // ThreadPoolExecutor.workQueue
    private final Field futureRunner;     // FutureTask.runner
    private final Field futureCallable;   // FutureTask.callable
    private final Field adaptedTask;      // Executors$RunnableAdapter.task

    private PoolInternals(Field threadTarget, Field holderTask, Field workerPool, Method workerLocked, Field poolControl,
                          Field poolQueue, Field futureRunner, Field futureCallable, Field adaptedTask) {
        this.threadTarget = threadTarget;
        this.holderTask = holderTask;
        this.workerPool = workerPool;
        this.workerLocked = workerLocked;
        this.poolControl = poolControl;
        this.poolQueue = poolQueue;
        this.futureRunner = futureRunner;
        this.futureCallable = futureCallable;
        this.adaptedTask = adaptedTask;
    }

    /** The fields of this JDK, or an instance that is not {@link #available()}. */
    static PoolInternals ofThisJdk() {
        try {
            Field target;
            Field task = null;
            try {
                target = accessible(Thread.class.getDeclaredField("target"));
            } catch (NoSuchFieldException e) {
                target = accessible(Thread.class.getDeclaredField("holder"));
                task = accessible(target.getType().getDeclaredField("task"));
            }
            Class<?> worker = Class.forName(ThreadPoolExecutor.class.getName() + "$Worker");
            Method locked = worker.getDeclaredMethod("isLocked");
            locked.setAccessible(true);
            return new PoolInternals(target, task, accessible(worker.getDeclaredField("this$0")), locked,
                    accessible(ThreadPoolExecutor.class.getDeclaredField("ctl")),
                    accessible(ThreadPoolExecutor.class.getDeclaredField("workQueue")),
                    accessible(FutureTask.class.getDeclaredField("runner")), accessible(FutureTask.class.getDeclaredField("callable")),
                    accessible(Class.forName(Executors.class.getName() + "$RunnableAdapter").getDeclaredField("task")));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new PoolInternals(null, null, null, null, null, null, null, null, null);
        }
    }

    boolean available() {
        return futureRunner != null;
    }

    /**
     * The pool {@code thread} is a thread of, or {@code null}: its task is a pool's worker (a thread factory that wraps
     * the worker hides it: such a pool is not watched). A {@link ScheduledThreadPoolExecutor} is left out: its queue
     * holds tasks that are not due yet.
     */
    ThreadPoolExecutor poolOf(Thread thread) {
        Object worker = workerOf(thread);
        if (worker == null) {
            return null;
        }
        Object pool = get(workerPool, worker);
        return pool instanceof ThreadPoolExecutor executor && !(pool instanceof ScheduledThreadPoolExecutor) ? executor : null;
    }

    /** Whether {@code thread}, a thread of a pool, runs a task now (rather than waits for one in the queue, or ended). */
    boolean runsTask(Thread thread) {
        Object worker = workerOf(thread);
        try {
            return worker != null && (Boolean) workerLocked.invoke(worker);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many threads {@code pool} has. */
    int threadCount(ThreadPoolExecutor pool) {
        return ((AtomicInteger) get(poolControl, pool)).get() & COUNT_MASK;
    }

    /** The queue of {@code pool}, read from its field: the program's override of {@code getQueue()} is not run. */
    Object queueOf(ThreadPoolExecutor pool) {
        return get(poolQueue, pool);
    }

    /** The thread that runs {@code future}'s task now, or {@code null}. */
    Thread runnerOf(FutureTask<?> future) {
        return (Thread) get(futureRunner, future);
    }

    /**
     * The task as it was handed to the pool: the callable or runnable of a {@link FutureTask} ({@code submit}'s), else
     * {@code queued} itself ({@code execute}'s).
     */
    Object submittedTask(Object queued) {
        Object task = queued instanceof FutureTask<?> future ? get(futureCallable, future) : queued;
        return task != null && task.getClass() == adaptedTask.getDeclaringClass() ? get(adaptedTask, task) : task;
    }

    private Object workerOf(Thread thread) {
        Object target = get(threadTarget, thread);
        if (holderTask != null && target != null) {
            target = get(holderTask, target);
        }
        return target != null && target.getClass() == workerPool.getDeclaringClass() ? target : null;
    }

    private static Field accessible(Field field) {
        field.setAccessible(true);
        return field;
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
