package com.example.locks;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Thread pools the program makes itself: with {@code new}, and of its own subclass. */
public final class Pools {

    private Pools() { }

    /** A pool of the program's own class. */
    public static final class OwnPool extends ThreadPoolExecutor {
        public OwnPool() {
            super(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
        }
    }

    public static ThreadPoolExecutor made() {
        return new ThreadPoolExecutor(1, 1, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    public static ThreadPoolExecutor own() {
        return new OwnPool();
    }

    /** Runs three tasks on a pool of one thread and a queue of one: the third is rejected. */
    public static int rejected(ThreadPoolExecutor pool) throws InterruptedException {
        Object gate = new Object();
        int rejected = 0;
        synchronized (gate) {
            for (int i = 0; i < 3; i++) {
                try {
                    pool.execute(() -> {
                        synchronized (gate) {
                            gate.notifyAll();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    rejected++;
                }
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return rejected;
    }
}
