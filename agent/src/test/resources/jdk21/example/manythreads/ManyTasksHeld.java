package example.manythreads;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@link ManyTasks}, but no task ends before every one has bumped the counter: they are all alive at once,
 * each knowing all that bumped before it, so their clocks cannot be small.
 */
// weft: expect none
public final class ManyTasksHeld {

    private static final Object LOCK = new Object();
    private static int count;

    public static void main(String[] args) throws InterruptedException {
        int tasks = Integer.parseInt(args[0]);
        CountDownLatch allBumped = new CountDownLatch(tasks);
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("task-", 0).factory())) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> {
                    synchronized (LOCK) {
                        count++;
                    }
                    allBumped.countDown();
                    allBumped.await();
                    return null;
                });
            }
        }
        System.out.println("count " + count);
    }
}
