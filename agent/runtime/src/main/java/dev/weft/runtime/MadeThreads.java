package dev.weft.runtime;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Thread factories the application hands to the JDK (a pool's, a fork/join pool's, a {@code Cleaner}'s, an
 * asynchronous channel group's): the JDK starts the threads
 * they make, so no start weft sees orders what the factory did, and what the thread that called it did
 * before, with the new thread's run. A wrapped factory reports each thread it made ({@link Weft#threadMade})
 * as it returns it, which the race detector takes as the thread's start: the JDK cannot start it sooner.
 *
 * <p>In a controlled run the pools of the model wrap factories themselves ({@link JoiningThreadFactory}), and
 * these calls leave them as they are.
 */
public final class MadeThreads {

    private MadeThreads() { }

    /** {@code factory}, wrapped to report the threads it makes (not in a controlled run, nor twice, nor {@code null}). */
    public static ThreadFactory factory(ThreadFactory factory, int site) {
        return factory == null || factory instanceof Reporting || Weft.schedules() ? factory : new Reporting(factory, site);
    }

    /**
     * After {@code new ThreadPoolExecutor(..)} (or a scheduled one, or the {@code super(..)} call of an application
     * subclass's constructor): its factory, from now on wrapped; unless the class overrides
     * {@code setThreadFactory}, which the application may not expect to be called.
     */
    public static void poolMade(Object pool, int site) {
        if (pool instanceof ThreadPoolExecutor executor && !Weft.schedules() && !SETS_FACTORY_ITSELF.get(pool.getClass())) {
            executor.setThreadFactory(factory(executor.getThreadFactory(), site));
        }
    }

    /** Whether a pool class overrides {@code setThreadFactory}. */
    private static final ClassValue<Boolean> SETS_FACTORY_ITSELF = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("setThreadFactory", ThreadFactory.class).getDeclaringClass() != ThreadPoolExecutor.class;
            } catch (NoSuchMethodException | SecurityException e) {
                return true;
            }
        }
    };

    /**
     * Before {@code new ForkJoinPool(parallelism, factory, handler, asyncMode)} (or a subclass's {@code super(..)}),
     * whose factory is no last argument: the arguments after it, packed, so that the call site can reach the
     * factory ({@link #forkJoinFactory}) and unpack them again ({@link #booleanAt}, {@link #intAt}, {@link #longAt}).
     */
    public static Object[] packed(Thread.UncaughtExceptionHandler handler, boolean asyncMode) {
        return new Object[] {handler, asyncMode};
    }

    /** As {@link #packed(Thread.UncaughtExceptionHandler, boolean)}, for the ten-argument constructor. */
    public static Object[] packed(Thread.UncaughtExceptionHandler handler, boolean asyncMode, int corePoolSize,
                                  int maximumPoolSize, int minimumRunnable, Predicate<? super ForkJoinPool> saturate,
                                  long keepAliveTime, TimeUnit unit) {
        return new Object[] {handler, asyncMode, corePoolSize, maximumPoolSize, minimumRunnable, saturate, keepAliveTime, unit};
    }

    public static boolean booleanAt(Object[] packed, int index) {
        return (Boolean) packed[index];
    }

    public static int intAt(Object[] packed, int index) {
        return (Integer) packed[index];
    }

    public static long longAt(Object[] packed, int index) {
        return (Long) packed[index];
    }

    /** The factory {@code factory} wraps, if it is weft's wrapper: what a pool's {@code getThreadFactory()} gives the application. */
    public static ThreadFactory unwrapped(ThreadFactory factory) {
        return factory instanceof Reporting reporting ? reporting.factory : factory;
    }

    /** The worker factory {@code factory} wraps, if it is weft's wrapper: what {@code ForkJoinPool.getFactory()} gives the application. */
    public static ForkJoinPool.ForkJoinWorkerThreadFactory unwrappedWorkers(ForkJoinPool.ForkJoinWorkerThreadFactory factory) {
        return factory instanceof ReportingWorkers reporting ? reporting.factory() : factory;
    }

    /** A fork/join pool's worker factory, wrapped as {@link #factory} wraps a thread factory. */
    public static ForkJoinPool.ForkJoinWorkerThreadFactory forkJoinFactory(ForkJoinPool.ForkJoinWorkerThreadFactory factory, int site) {
        return factory == null || factory instanceof ReportingWorkers || factory == ForkJoinPool.defaultForkJoinWorkerThreadFactory
                || Weft.schedules() ? factory : new ReportingWorkers(factory, site);
    }

    /** The wrapper of a fork/join pool's worker factory. */
    private record ReportingWorkers(ForkJoinPool.ForkJoinWorkerThreadFactory factory, int site)
            implements ForkJoinPool.ForkJoinWorkerThreadFactory {
        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            ForkJoinWorkerThread thread = factory.newThread(pool);
            if (thread != null) {
                Weft.threadMade(thread, site);
            }
            return thread;
        }
    }

    /** The wrapper: the factory itself, then the report. */
    private static final class Reporting implements ThreadFactory {
        private final ThreadFactory factory;
        private final int site;

        Reporting(ThreadFactory factory, int site) {
            this.factory = factory;
            this.site = site;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = factory.newThread(task);
            if (thread != null) {
                Weft.threadMade(thread, site);
            }
            return thread;
        }

        @Override
        public String toString() {
            return factory.toString();
        }
    }
}
