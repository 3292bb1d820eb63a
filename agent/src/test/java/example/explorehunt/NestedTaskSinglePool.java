package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A report task on a one-thread pool submits its data task to the same pool and waits for it: the data
 * task is queued behind the task that waits for it, and the pool's only worker waits forever.
 */
// weft: expect deadlock
public final class NestedTaskSinglePool {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> report = pool.submit(() -> {
            Future<Integer> rows = pool.submit(() -> 42);
            return "rows: " + rows.get();
        });
        System.out.println(report.get());
        pool.shutdown();
    }
}
