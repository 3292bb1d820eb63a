package example.pools;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Twin of {@code NestedTaskSinglePool} on a cached pool: its queue (a {@code SynchronousQueue}) holds no task, and it
 * makes a thread for each task no idle thread takes, so the rows task runs beside the report that waits for it.
 */
// weft: expect none
public final class CachedPoolNestedReport {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        Future<String> report = pool.submit(() -> {
            Future<Integer> rows = pool.submit(() -> 42);
            return "rows: " + rows.get();
        });
        System.out.println(report.get());
        pool.shutdown();
    }
}
