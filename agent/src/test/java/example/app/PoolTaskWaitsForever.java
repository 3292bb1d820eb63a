package example.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A cached pool's task waits for a latch nobody counts down, and main for the task: a deadlock. */
public final class PoolTaskWaitsForever {

    private PoolTaskWaitsForever() { }

    public static void main(String[] args) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ExecutorService pool = Executors.newCachedThreadPool();
        Future<?> task = pool.submit(() -> {
            never.await();
            return null;
        });
        task.get();
    }
}
