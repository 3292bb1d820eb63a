package com.example.locks;

import java.lang.ref.Cleaner;
import java.nio.channels.AsynchronousChannelGroup;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Thread factories the program hands to the JDK, which starts the threads they make: each makes threads named {@code prefix-made}. */
public final class ThreadFactories {

    private ThreadFactories() { }

    static ThreadFactory named(String prefix) {
        return task -> new Thread(task, prefix + "-made");
    }

    /** A pool of the program's own class, which passes the factory to {@code super(..)}. */
    static final class OwnPool extends ThreadPoolExecutor {
        OwnPool() {
            super(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), named("own"));
        }

        boolean factoryIsNotWrapped() {
            return getThreadFactory().getClass().getName().startsWith(ThreadFactories.class.getName());
        }
    }

    /** A worker factory class of the program's, as the common pool's factory named by its system property is. */
    public static final class NamingWorkers implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setName("class-made");
            return worker;
        }
    }

    /**
     * Runs a task on each kind of pool, and a worker on fork/join pools, each made from a factory; then ends them;
     * a worker factory class called directly; a cleaner's and an asynchronous channel group's threads.
     */
    public static void runAll() throws Exception {
        ThreadPoolExecutor made = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), named("new"));
        ThreadPoolExecutor own = new OwnPool();
        ThreadPoolExecutor set = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
        set.setThreadFactory(named("set"));
        ExecutorService fixed = Executors.newFixedThreadPool(1, named("fixed"));
        for (ExecutorService pool : new ExecutorService[] {made, own, set, fixed}) {
            pool.submit(() -> { }).get();
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        ForkJoinPool forkJoin = new ForkJoinPool(1, pool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setName("forkjoin-made");
            return worker;
        }, null, false);
        ForkJoinPool sized = new ForkJoinPool(1, pool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setName("sized-made");
            return worker;
        }, null, true, 0, 2, 1, pool -> true, 30, TimeUnit.SECONDS);
        for (ForkJoinPool pool : new ForkJoinPool[] {forkJoin, sized}) {
            pool.submit(() -> { }).get();
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        ForkJoinPool idle = new ForkJoinPool(1);
        new NamingWorkers().newThread(idle); // as the JDK calls the common pool's factory: not through a wrapper
        idle.shutdown();
        Cleaner.create(named("cleaner"));
        AsynchronousChannelGroup.withFixedThreadPool(1, named("group")).shutdownNow();
    }

    /**
     * Whether each pool's getter gives back the factory it was given, as without weft: a pool made with one, one
     * given one by {@code setThreadFactory}, one of the program's own class asking itself, and fork/join pools
     * (the ten-argument constructor's keeping its other arguments).
     */
    public static boolean gettersGiveTheFactoriesBack() {
        ThreadFactory factory = named("given");
        ThreadPoolExecutor made = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), factory);
        ThreadPoolExecutor set = new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
        set.setThreadFactory(factory);
        OwnPool own = new OwnPool();
        ForkJoinPool.ForkJoinWorkerThreadFactory workers = ForkJoinPool.defaultForkJoinWorkerThreadFactory::newThread;
        ForkJoinPool forkJoin = new ForkJoinPool(1, workers, null, false);
        ForkJoinPool sized = new ForkJoinPool(2, workers, null, true, 0, 3, 1, pool -> true, 30, TimeUnit.SECONDS);
        boolean given = made.getThreadFactory() == factory && set.getThreadFactory() == factory
                && own.factoryIsNotWrapped() && forkJoin.getFactory() == workers
                && sized.getFactory() == workers && sized.getParallelism() == 2 && sized.getAsyncMode();
        sized.shutdown();
        made.shutdown();
        set.shutdown();
        own.shutdown();
        forkJoin.shutdown();
        return given;
    }
}
