package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * (and the thread-per-task executors of JDK 21, whose threads join the model as they are made) called by the
 * application in a controlled run: the same pool (a {@code ThreadPoolExecutor} with an unbounded
 * queue, or a cached pool's {@code SynchronousQueue}; a {@link ModelledScheduledThreadPoolExecutor}), whose
 * worker threads join the scheduling model when they are made (as threads the application starts do) and
 * whose wait for work is a blocking call of the model ({@link ModelledThreadPoolExecutor}). The tasks then run
 * under the model's control like the application's own threads, and a {@code Future.get} of them is
 * replayable. Outside controlled runs, the JDK's methods are called, with an application's thread factory
 * wrapped to report the threads it makes ({@link MadeThreads}).
 */
public final class ModelledPools {

    /** The thread-per-task executors made in a controlled run, whose threads join the model. */
    private static final WeakIdentityMap<Boolean> THREAD_PER_TASK = new WeakIdentityMap<>();

    private ModelledPools() { }

    public static ExecutorService newFixedThreadPool(int threads, int site) {
        return Weft.schedules() ? pool(threads, Executors.defaultThreadFactory(), site)
                : Executors.newFixedThreadPool(threads, defaultFactory(site));
    }

    public static ExecutorService newFixedThreadPool(int threads, ThreadFactory factory, int site) {
        return Weft.schedules() ? pool(threads, factory, site) : Executors.newFixedThreadPool(threads, MadeThreads.factory(factory, site));
    }

    public static ExecutorService newSingleThreadExecutor(int site) {
        return Weft.schedules() ? pool(1, Executors.defaultThreadFactory(), site) : Executors.newSingleThreadExecutor(defaultFactory(site));
    }

    public static ExecutorService newSingleThreadExecutor(ThreadFactory factory, int site) {
        return Weft.schedules() ? pool(1, factory, site) : Executors.newSingleThreadExecutor(MadeThreads.factory(factory, site));
    }

    public static ExecutorService newCachedThreadPool(int site) {
        return Weft.schedules() ? cached(Executors.defaultThreadFactory(), site) : Executors.newCachedThreadPool(defaultFactory(site));
    }

    public static ExecutorService newCachedThreadPool(ThreadFactory factory, int site) {
        return Weft.schedules() ? cached(factory, site) : Executors.newCachedThreadPool(MadeThreads.factory(factory, site));
    }

    public static ScheduledExecutorService newScheduledThreadPool(int threads, int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(threads, site)
                : Executors.newScheduledThreadPool(threads, defaultFactory(site));
    }

    public static ScheduledExecutorService newScheduledThreadPool(int threads, ThreadFactory factory, int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(threads, factory, site)
                : Executors.newScheduledThreadPool(threads, MadeThreads.factory(factory, site));
    }

    public static ScheduledExecutorService newSingleThreadScheduledExecutor(int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(1, site)
                : Executors.newSingleThreadScheduledExecutor(defaultFactory(site));
    }

    public static ScheduledExecutorService newSingleThreadScheduledExecutor(ThreadFactory factory, int site) {
        return Weft.schedules() ? new ModelledScheduledThreadPoolExecutor(1, factory, site)
                : Executors.newSingleThreadScheduledExecutor(MadeThreads.factory(factory, site));
    }

    /**
     * Stands in for {@code Executors.newVirtualThreadPerTaskExecutor()} (JDK 21 and later): in a controlled run the
     * same executor, whose threads join the model when it makes them.
     */
    public static ExecutorService newVirtualThreadPerTaskExecutor(int site) throws Throwable {
        return threadPerTask((ThreadFactory) PerTask.VIRTUAL_FACTORY.invokeExact(), site);
    }

    /** Stands in for {@code Executors.newThreadPerTaskExecutor(factory)} (JDK 21 and later); see above. */
    public static ExecutorService newThreadPerTaskExecutor(ThreadFactory factory, int site) throws Throwable {
        return threadPerTask(factory, site);
    }

    private static ExecutorService threadPerTask(ThreadFactory factory, int site) throws Throwable {
        ThreadFactory reporting = Weft.schedules() ? JoiningThreadFactory.of(factory, site) : MadeThreads.factory(factory, site);
        ExecutorService executor = (ExecutorService) PerTask.NEW_EXECUTOR.invokeExact(reporting);
        if (Weft.schedules()) {
            THREAD_PER_TASK.putIfAbsent(executor, Boolean.TRUE);
        }
        return executor;
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

    /**
     * The factory the JDK's method would make ({@code Executors.defaultThreadFactory()}, which numbers the pool as
     * it does), reporting its threads: a thread it makes in the caller's call inherits the caller's inheritable
     * thread locals, through {@code childValue} of the application's.
     */
    private static ThreadFactory defaultFactory(int site) {
        return MadeThreads.factory(Executors.defaultThreadFactory(), site);
    }

    /** True for a pool whose workers are threads of the model. */
    static boolean isModelled(Object executor) {
        return ModelledThreadPoolExecutor.isModelled(executor)
                || executor instanceof ModelledScheduledThreadPoolExecutor scheduled && scheduled.modelled()
                || THREAD_PER_TASK.get(executor) != null;
    }

    /** The JDK 21 methods of the thread-per-task executors, looked up when the application first makes one. */
    private static final class PerTask {
        static final MethodHandle NEW_EXECUTOR;
        static final MethodHandle VIRTUAL_FACTORY;

        static {
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                NEW_EXECUTOR = lookup.findStatic(Executors.class, "newThreadPerTaskExecutor",
                        MethodType.methodType(ExecutorService.class, ThreadFactory.class));
                Class<?> builder = Class.forName("java.lang.Thread$Builder");
                MethodHandle ofVirtual = lookup.findStatic(Thread.class, "ofVirtual",
                        MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")));
                MethodHandle factory = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
                VIRTUAL_FACTORY = MethodHandles.filterReturnValue(ofVirtual, factory.asType(
                        MethodType.methodType(ThreadFactory.class, ofVirtual.type().returnType())));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e); // only linked where the application calls these JDK 21 methods
            }
        }
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
