package dev.weft.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.Predicate;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The model of one fork/join pool in a controlled run (see {@link ForkJoinCalls}): its queued tasks, and its
 * worker threads, threads of the scheduling model made as tasks are queued while fewer workers than queued
 * tasks are idle, up to the pool's parallelism; a worker's wait for a task is a blocking call of the model on
 * the pool. Workers take the oldest task; a thread that joins a queued task takes it out to run it itself.
 *
 * <p>Guarded by {@code this}; {@code queued}, {@code busy} and {@code workers} are read by the scheduler, which must not take
 * this monitor (it holds its own when it asks whether a worker can go on).
 */
final class ForkJoinPoolModel {

    private static final WeakIdentityMap<ForkJoinPoolModel> MODELS = new WeakIdentityMap<>();
    /** The model each task was last queued in. */
    private static final WeakIdentityMap<ForkJoinPoolModel> QUEUED_IN = new WeakIdentityMap<>();

    private final WeakReference<ForkJoinPool> pool;
    private final int parallelism;
    private final String names;
    private final int site;
    private final ArrayDeque<ForkJoinTask<?>> tasks = new ArrayDeque<>();
    private volatile int workers;
    private int idle;
    /** Workers blocked in a call, for each of which the pool may make one more worker. */
    private int spares;
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
                        : "ForkJoinPool-" + ThreadNames.nextPool() + "-worker-";
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

    /**
     * Before a blocking call of the current thread: when it is a worker running a task, the pool may make
     * one more worker while it is blocked, as the JDK's pools make a spare one for a worker blocked in a join
     * or a managed block ({@code CompletableFuture.get}, a queue's {@code take}...), so that the tasks it may
     * wait for still run. Blocked in a call the JDK does not compensate ({@code CountDownLatch.await}), a
     * pool could starve where the model goes on: the model may miss such a starvation, never invent one.
     *
     * @param canProceed whether the call can go on at once (then it does not block), or {@code null}
     * @return whether {@link #unblocked} must follow the call
     */
    static boolean blocking(java.util.function.BooleanSupplier canProceed) {
        if (!(Thread.currentThread() instanceof Worker worker) || worker.waitingForWork
                || canProceed != null && canProceed.getAsBoolean()) {
            return false;
        }
        worker.compensations++;
        Worker spare;
        synchronized (worker.model) {
            worker.model.spares++;
            spare = worker.model.newWorkerIfNeeded();
        }
        worker.model.started(spare);
        return true;
    }

    /** After a blocking call for which {@link #blocking} returned true. */
    static void unblocked() {
        if (Thread.currentThread() instanceof Worker worker && worker.compensations > 0) {
            worker.compensations--;
            synchronized (worker.model) {
                worker.model.spares--;
            }
        }
    }

    /** Queues {@code task}, and makes a worker for it if none is idle and the pool has room for one. */
    void queue(ForkJoinTask<?> task) {
        Worker worker;
        synchronized (this) {
            tasks.addLast(task);
            queued = tasks.size();
            notifyAll();
            worker = newWorkerIfNeeded();
        }
        QUEUED_IN.replace(task, this);
        started(worker);
    }

    /** A new worker when fewer workers than queued tasks are idle and the pool has room for one, else {@code null}. */
    private Worker newWorkerIfNeeded() {
        if (workers >= parallelism + spares || idle >= tasks.size()) {
            return null;
        }
        workers++;
        idle++;
        return new Worker(this, names + workers);
    }

    /** Starts {@code worker}, a thread of the model, if there is one. Called without this monitor (the scheduler's comes after). */
    private void started(Worker worker) {
        if (worker != null) {
            Weft.threadMade(worker, site);
            worker.start();
        }
    }

    /** A worker's wait for a task, a blocking call of the model: the oldest task, or {@code null} once shut down. */
    private ForkJoinTask<?> take() {
        Thread.interrupted(); // an interrupt that cancelled the last task is not the next one's, as in the JDK's workers
        ForkJoinPool owner = pool.get();
        Worker worker = (Worker) Thread.currentThread();
        worker.waitingForWork = true;
        Weft.blockingCall(owner == null ? this : owner, () -> queued > 0 || isShutdown(), false, site);
        worker.waitingForWork = false;
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

    /**
     * Takes the oldest queued task that {@code which} accepts out of the queue, for a thread that helps
     * ({@code helpQuiesce}, {@code awaitQuiescence}, {@code helpComplete}) to run it; {@code null} if none.
     */
    synchronized ForkJoinTask<?> claim(Predicate<ForkJoinTask<?>> which) {
        for (Iterator<ForkJoinTask<?>> i = tasks.iterator(); i.hasNext(); ) {
            ForkJoinTask<?> task = i.next();
            if (which.test(task)) {
                i.remove();
                queued = tasks.size();
                return task;
            }
        }
        return null;
    }

    /**
     * Runs this pool's queued tasks in the calling thread until none is queued and no worker but the caller
     * (when it is one of this pool's: {@code self} 1) runs one, waiting in the model while others do: the
     * model's {@code helpQuiesce}, and {@code awaitQuiescence} (whose wait is {@code timed}).
     *
     * @return true once quiescent, false when the model timed the wait out
     */
    boolean quiesce(int self, boolean timed, int site) {
        while (true) {
            ForkJoinTask<?> task = claim(queuedTask -> true);
            if (task != null) {
                ForkJoinCalls.exec(task);
                continue;
            }
            if (queued == 0 && busy <= self) {
                return true;
            }
            if (Weft.blockingCall(this, () -> queued > 0 || busy <= self, timed, site)) {
                return false;
            }
        }
    }

    /** Whether no task is queued or running and every worker has left (they leave once the pool is shut down). */
    boolean terminated() {
        return quiescent() && workers == 0;
    }

    private boolean isShutdown() {
        ForkJoinPool owner = pool.get();
        return owner == null || owner.isShutdown();
    }

    /** A worker thread of a pool's model: a daemon, as the JDK's workers are. */
    private static final class Worker extends Thread {
        final ForkJoinPoolModel model;
        /** In {@link #take}: its blocking call is the wait for work, which makes no spare worker. */
        boolean waitingForWork;
        /** Blocking calls it is in that let the pool make a spare worker. */
        int compensations;

        Worker(ForkJoinPoolModel model, String name) {
            super(name);
            this.model = model;
            setDaemon(true);
        }

        @Override
        public void run() {
            for (ForkJoinTask<?> task; (task = model.take()) != null; ) {
                ForkJoinCalls.exec(task); // its result or exception stays in the task
                model.ran();
            }
        }
    }
}
