package dev.weft.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * The thread factory of a pool of the model ({@link ModelledThreadPoolExecutor},
 * {@link ModelledScheduledThreadPoolExecutor}): the application's factory, whose threads join the scheduling
 * model when it makes them, as threads the application starts do. It keeps the live ones, which a
 * {@code shutdownNow} interrupts.
 */
final class JoiningThreadFactory implements ThreadFactory {

    private final ThreadFactory factory;
    private final int site;
    private final List<Thread> made = new ArrayList<>();

    private JoiningThreadFactory(ThreadFactory factory, int site) {
        this.factory = factory;
        this.site = site;
    }

    /** {@code factory} whose threads join the model, in a controlled run; else (and {@code null}) as it is. */
    static ThreadFactory of(ThreadFactory factory, int site) {
        return factory != null && Weft.schedules() ? new JoiningThreadFactory(factory, site) : factory;
    }

    /**
     * Before {@code shutdownNow} of a pool whose factory this is: the model learns that its workers are
     * interrupted, since a worker waiting for its turn in the model would not see the JVM's flag.
     */
    static void interrupting(ThreadFactory factory, int site) {
        if (factory instanceof JoiningThreadFactory joining) {
            for (Thread worker : joining.made()) {
                Weft.interrupting(worker, site);
            }
        }
    }

    /**
     * The worker's first step is a point: until the model chooses it, it runs nothing (its first task) that
     * the thread that made it, still running, could see or change (a {@code shutdown} interrupts idle workers).
     */
    @Override
    public Thread newThread(Runnable task) {
        Thread worker = factory.newThread(() -> {
            Weft.yieldNow(site);
            task.run();
        });
        if (worker != null) {
            Weft.threadMade(worker, site);
            synchronized (made) {
                made.removeIf(t -> t.getState() == Thread.State.TERMINATED);
                made.add(worker);
            }
        }
        return worker;
    }

    private List<Thread> made() {
        synchronized (made) {
            return List.copyOf(made);
        }
    }
}
