package example.manythreads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A virtual thread per task (JDK 21+), as many tasks as the first argument says, alive together: each
 * sleeps 1 ms and bumps a counter under a lock.
 */
// weft: expect none
public final class ManyTasks {

    private static final Object LOCK = new Object();
    private static int count;

    public static void main(String[] args) {
        int tasks = Integer.parseInt(args[0]);
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("task-", 0).factory())) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> {
                    Thread.sleep(1);
                    synchronized (LOCK) {
                        count++;
                    }
                    return null;
                });
            }
        }
        System.out.println("count " + count);
    }
}
