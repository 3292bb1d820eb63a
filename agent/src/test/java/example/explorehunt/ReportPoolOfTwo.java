package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A pool of two threads runs two report tasks; each submits its row count to the same pool and waits for it. When the
 * second report takes the pool's second thread before the first report's row task does, both row tasks are queued
 * behind the two reports that wait for them, and neither thread is ever free to run them.
 */
// weft: expect deadlock
public final class ReportPoolOfTwo {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<String> daily = pool.submit(() -> report(pool, "daily"));
        Future<String> weekly = pool.submit(() -> report(pool, "weekly"));
        System.out.println(daily.get() + ", " + weekly.get());
        pool.shutdown();
    }

    static String report(ExecutorService rowsPool, String name) throws Exception {
        Future<Integer> rows = rowsPool.submit(() -> name.length() * 10);
        return name + ": " + rows.get() + " rows";
    }
}
