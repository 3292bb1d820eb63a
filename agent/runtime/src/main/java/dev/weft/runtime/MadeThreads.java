package dev.weft.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Thread factories the application hands to the JDK (a pool's, a {@code Cleaner}'s): the JDK starts the threads
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

    /** After {@code new ThreadPoolExecutor(..)} (or a scheduled one): its factory, from now on wrapped. */
    public static void poolMade(Object pool, int site) {
        if (pool instanceof ThreadPoolExecutor executor && !Weft.schedules()) {
            executor.setThreadFactory(factory(executor.getThreadFactory(), site));
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
