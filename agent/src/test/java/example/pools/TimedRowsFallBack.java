package example.pools;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Twin of {@code NestedTaskSinglePool} whose report waits for its rows at most half a second, then falls back to
 * "unknown": the rows task queued behind it runs once the report is done. Starved for half a second, never stuck.
 */
// weft: expect none
public final class TimedRowsFallBack {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> report = pool.submit(() -> {
            Future<Integer> rows = pool.submit(() -> 42);
            try {
                return "rows: " + rows.get(500, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return "rows: unknown";
            }
        });
        System.out.println(report.get());
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }
}
