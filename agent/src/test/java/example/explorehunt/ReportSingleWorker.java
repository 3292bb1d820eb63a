package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A report service runs its jobs on one worker thread. A requester queues the assembly, which waits until the
 * figures are loaded; a loader queues the loading. When the assembly is queued first it takes the only worker and
 * waits for a job queued behind it, for good (a pool-induced deadlock).
 */
// weft: expect deadlock
public final class ReportSingleWorker {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        CountDownLatch loaded = new CountDownLatch(1);
        Thread requester = new Thread(() -> worker.execute(() -> {
            try {
                loaded.await(); // the bug: waits in the pool's only thread for a job of the same pool
                System.out.println("report assembled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "requester");
        Thread loader = new Thread(() -> worker.execute(loaded::countDown), "loader");
        requester.start();
        loader.start();
        requester.join();
        loader.join();
        worker.shutdown();
        worker.awaitTermination(1, TimeUnit.DAYS);
    }
}
