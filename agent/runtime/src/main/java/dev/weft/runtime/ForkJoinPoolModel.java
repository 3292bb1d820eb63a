package dev.weft.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The model of one fork/join pool in a controlled run (see {@link ForkJoinCalls}): its queued tasks, and its
 * worker threads, threads of the scheduling model made as tasks are queued while fewer workers than queued
 * tasks are idle, up to the pool's parallelism; a worker's wait for a task is a blocking call of the model on
 * the pool. Workers take the oldest task; a thread that joins a queued task takes it out to run it itself.
 *
 * <p>Guarded by {@code this}; {@code queued} and {@code busy} are read by the scheduler, which must not take
 * this monitor (it holds its own when it asks whether a worker can go on).
 */
final class ForkJoinPoolModel {

    private static final WeakIdentityMap<ForkJoinPoolModel> MODELS = new WeakIdentityMap<>();
    /** The model each task was last queued in. */
    private static final WeakIdentityMap<ForkJoinPoolModel> QUEUED_IN = new WeakIdentityMap<>();
    private static int poolNumbers;

    private final WeakReference<ForkJoinPool> pool;
    private final int parallelism;
    private final String names;
    private final int site;
    private final ArrayDeque<ForkJoinTask<?>> tasks = new ArrayDeque<>();
    private int workers;
    private int idle;
    private volatile int queued;
    /** Workers running a task. */
    private volatile int busy;

    private ForkJoinPoolModel(ForkJoinPool pool, String names, int site) {
        this.pool = new WeakReference<>(pool);
        this.parallelism = Math.max(1, pool.getParallelism());
        this.names = names;
        this.site = site;
    }

    /** The model of {@code pool}, made at its first use ({@code site}). */
    static ForkJoinPoolModel of(ForkJoinPool pool, int site) {
        synchronized (MODELS) {
            ForkJoinPoolModel model = MODELS.get(pool);
            if (model == null) {
                String names = pool == ForkJoinPool.commonPool() ? "ForkJoinPool.commonPool-worker-"
                        : "ForkJoinPool-" + ++poolNumbers + "-worker-";
                model = new ForkJoinPoolModel(pool, names, site);
                MODELS.putIfAbsent(pool, model);
            }
            return model;
        }
    }

    /** The model of {@code pool} if it ran a task, else {@code null}. */
    static ForkJoinPoolModel existing(ForkJoinPool pool) {
        return MODELS.get(pool);
    }

    /** The model whose worker the current thread is, or {@code null}. */
    static ForkJoinPoolModel ofCurrentWorker() {
        return Thread.currentThread() instanceof Worker worker ? worker.model : null;
    }

    /** The model {@code task} was last queued in, or {@code null}. */
    static ForkJoinPoolModel queuing(ForkJoinTask<?> task) {
        return QUEUED_IN.get(task);
    }

    /** Queues {@code task}, and makes a worker for it if none is idle and the pool has room for one. */
    void queue(ForkJoinTask<?> task) {
        Worker worker = null;
        synchronized (this) {
            tasks.addLast(task);
            queued = tasks.size();
            notifyAll();
            if (workers < parallelism && idle < tasks.size()) {
                workers++;
                idle++;
                worker = new Worker(this, names + workers);
            }
        }
        QUEUED_IN.replace(task, this);
        if (worker != null) {
            Weft.threadMade(worker, site);
            worker.start();
        }
    }

    /** A worker's wait for a task, a blocking call of the model: the oldest task, or {@code null} once shut down. */
    private ForkJoinTask<?> take() {
        Thread.interrupted(); // an interrupt that cancelled the last task is not the next one's, as in the JDK's workers
        ForkJoinPool owner = pool.get();
        Weft.blockingCall(owner == null ? this : owner, () -> queued > 0 || isShutdown(), false, site);
        synchronized (this) {
            while (tasks.isEmpty() && !isShutdown()) {
                try {
                    wait(10); // outside the model's control (it stopped, or a task was claimed meanwhile)
                } catch (InterruptedException e) {
                    // a worker is interrupted only to cancel a task it runs: it goes on waiting
                }
            }
            idle--;
            ForkJoinTask<?> task = tasks.pollFirst();
            if (task == null) {
                workers--;
                return null;
            }
            queued = tasks.size();
            busy++;
            return task;
        }
    }

    private synchronized void ran() {
        busy--;
        idle++;
    }

    /** Takes {@code task} out of the queue, for the thread that joins it to run it; false when it is not queued. */
    synchronized boolean claim(ForkJoinTask<?> task) {
        for (Iterator<ForkJoinTask<?>> i = tasks.descendingIterator(); i.hasNext(); ) {
            if (i.next() == task) {
                i.remove();
                queued = tasks.size();
                return true;
            }
        }
        return false;
    }

    /** Whether no task is queued or running in a worker. */
    boolean quiescent() {
        return queued == 0 && busy == 0;
    }

    private boolean isShutdown() {
        ForkJoinPool owner = pool.get();
        return owner == null || owner.isShutdown();
    }

    /** A worker thread of a pool's model: a daemon, as the JDK's workers are. */
    private static final class Worker extends Thread {
        final ForkJoinPoolModel model;

        Worker(ForkJoinPoolModel model, String name) {
            super(name);
            this.model = model;
            setDaemon(true);
        }

        @Override
        public void run() {
            for (ForkJoinTask<?> task; (task = model.take()) != null; ) {
                task.quietlyInvoke(); // its result or exception stays in the task
                model.ran();
            }
        }
    }
}
