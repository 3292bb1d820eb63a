package example.racehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Two export tasks on a pool meet at a barrier, then both write the report's row count: the barrier orders nothing after it. */
// weft: expect race example.racehunt.ExportTasksAfterBarrier$Report.rows threads=export-1,export-2
public final class ExportTasksAfterBarrier {

    static final class Report {
        int rows;
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, task -> new Thread(task, "export-" + made.incrementAndGet()));
        CyclicBarrier ready = new CyclicBarrier(2);
        Report report = new Report();
        Runnable export = () -> {
            try {
                ready.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
            report.rows += 10; // weft: race
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(export, pool), CompletableFuture.runAsync(export, pool)).join();
        pool.shutdown();
        System.out.println("rows " + report.rows);
    }
}
