package example.firstrule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reports on a pool of two wait for rows loaded on a pool of its own (one slow loader), and a third report is queued
 * behind the first two: the reports' pool is full and all its threads wait, but for the other pool, whose thread runs.
 */
public final class RowsFromAnotherPool {

    public static void main(String[] args) throws Exception {
        ExecutorService reports = Executors.newFixedThreadPool(2);
        ExecutorService loader = Executors.newSingleThreadExecutor();
        List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "report-" + i;
            done.add(reports.submit(() -> {
                Future<Integer> rows = loader.submit(() -> {
                    Thread.sleep(500);
                    return 40;
                });
                return name + ": " + rows.get() + " rows";
            }));
        }
        for (Future<String> report : done) {
            System.out.println(report.get());
        }
        reports.shutdown();
        loader.shutdown();
    }
}
