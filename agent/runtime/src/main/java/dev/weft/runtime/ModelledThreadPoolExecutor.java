package dev.weft.runtime;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ThreadPoolExecutor} of a controlled run: made where the application makes one (a
 * {@code new ThreadPoolExecutor(..)}, which instrumentation makes a {@code new} of this class with the call's
 * site as a last argument; the {@code super(..)} of an application class that extends {@code ThreadPoolExecutor},
 * which then extends this class; the pools of {@link ModelledPools}). It is the same pool, with the
 * application's sizes, keep-alive, queue, thread factory and rejection policy, except that its worker threads
 * join the scheduling model when the pool makes them (as threads the application starts do: in creation order,
 * so the run stays replayable) and that their wait for work is a blocking call of the model ({@link WorkQueue}).
 * {@link #getQueue()} returns the application's own queue ({@code getThreadFactory()} the factory that makes
 * the workers join: the pool's workers are made through it).
 *
 * <p>Outside controlled runs nothing is wrapped: it is a plain {@code ThreadPoolExecutor}.
 */
public class ModelledThreadPoolExecutor extends ThreadPoolExecutor {

    private final BlockingQueue<Runnable> queue;
    private final int site;

    public ModelledThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                                      BlockingQueue<Runnable> workQueue, int site) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                new AbortPolicy(), site);
    }

    public ModelledThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                                      BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, int site) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, new AbortPolicy(), site);
    }

    public ModelledThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                                      BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler, int site) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), handler,
                site);
    }

    public ModelledThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                                      BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory,
                                      RejectedExecutionHandler handler, int site) {
        super(corePoolSize, maximumPoolSize, keepAliveTime, unit, WorkQueue.of(workQueue, site),
                JoiningThreadFactory.of(threadFactory, site), handler);
        this.queue = workQueue;
        this.site = site;
        if (superQueue() instanceof WorkQueue work) {
            work.feeds(this);
        }
    }

    /** True for a pool whose workers are threads of the model. */
    static boolean isModelled(Object executor) {
        return executor instanceof ModelledThreadPoolExecutor pool && pool.superQueue() instanceof WorkQueue;
    }

    private BlockingQueue<Runnable> superQueue() {
        return super.getQueue();
    }


    @Override
    public BlockingQueue<Runnable> getQueue() {
        return queue;
    }

    @Override
    public void setThreadFactory(ThreadFactory threadFactory) {
        super.setThreadFactory(JoiningThreadFactory.of(threadFactory, site));
    }

    /**
     * Interrupts the workers as the JDK's does; the model learns of it first, since a worker waiting for its
     * turn in the model would not see the JVM's flag.
     */
    @Override
    public List<Runnable> shutdownNow() {
        JoiningThreadFactory.interrupting(getThreadFactory(), site);
        return super.shutdownNow();
    }
}
