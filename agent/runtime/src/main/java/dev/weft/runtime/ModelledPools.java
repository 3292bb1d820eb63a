package dev.weft.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for {@code Executors.newFixedThreadPool} and {@code newSingleThreadExecutor} called by the
 * application in a controlled run: the same pool (a {@code ThreadPoolExecutor} with an unbounded queue),
 * whose worker threads join the scheduling model when they are made (as threads the application starts do)
 * and whose wait for work is a blocking call of the model ({@link WorkQueue}). The tasks then run under the
 * model's control like the application's own threads, and a {@code Future.get} of them is replayable.
 * Outside controlled runs, the JDK's methods are called.
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

    /** True for a pool made here: its workers are threads of the model. */
    static boolean isModelled(Object executor) {
        return executor instanceof ThreadPoolExecutor pool && pool.getQueue() instanceof WorkQueue;
    }

    private static ExecutorService pool(int threads, ThreadFactory factory, int site) {
        if (threads <= 0) {
            throw new IllegalArgumentException(); // as the JDK's
        }
        ThreadFactory joining = task -> {
            Thread worker = factory.newThread(task);
            if (worker != null) {
                Weft.threadMade(worker, site);
            }
            return worker;
        };
        WorkQueue work = new WorkQueue(site);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, work, joining);
        work.pool = pool;
        return pool;
    }

    /**
     * A pool's work queue whose {@code take} and timed {@code poll}, the workers' wait for work, are the model's:
     * blocked until there is a task or the pool is shut down (a shut-down pool interrupts its idle workers;
     * one that waited for work in the model is interrupted as it would have been in the JVM).
     */
    static final class WorkQueue extends LinkedBlockingQueue<Runnable> {
        private static final long serialVersionUID = 1L;
        private final int site;
        private transient volatile ThreadPoolExecutor pool;

        WorkQueue(int site) {
            this.site = site;
        }

        @Override
        public Runnable take() throws InterruptedException {
            Weft.blockingCall(this, this::workOrShutdown, false, site);
            interruptedIfShutdown();
            return super.take();
        }

        @Override
        public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            boolean timedOut = Weft.blockingCall(this, this::workOrShutdown, true, site);
            interruptedIfShutdown();
            return super.poll(timedOut ? 0 : timeout, unit);
        }

        private boolean workOrShutdown() {
            return !isEmpty() || pool != null && pool.isShutdown();
        }

        private void interruptedIfShutdown() throws InterruptedException {
            if (isEmpty() && pool != null && pool.isShutdown()) {
                Thread.interrupted();
                throw new InterruptedException();
            }
        }
    }
}
