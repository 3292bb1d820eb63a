package example.explorehunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The twin of {@link ReportPoolOfTwo}: the row tasks run on a pool of their own, so a report waits only for a task
 * that a free thread will run.
 */
// weft: expect none
public final class ReportPoolSeparateRows {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ExecutorService rowsPool = Executors.newFixedThreadPool(2);
        Future<String> daily = pool.submit(() -> ReportPoolOfTwo.report(rowsPool, "daily"));
        Future<String> weekly = pool.submit(() -> ReportPoolOfTwo.report(rowsPool, "weekly"));
        System.out.println(daily.get() + ", " + weekly.get());
        pool.shutdown();
        rowsPool.shutdown();
    }
}
