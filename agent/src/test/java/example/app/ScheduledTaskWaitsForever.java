package example.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A delayed task waits for a latch nobody counts down, and main for the task: a deadlock, after the delay. */
public final class ScheduledTaskWaitsForever {

    private ScheduledTaskWaitsForever() { }

    public static void main(String[] args) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> task = pool.schedule(() -> {
            never.await();
            return null;
        }, 5, TimeUnit.SECONDS);
        task.get();
    }
}
