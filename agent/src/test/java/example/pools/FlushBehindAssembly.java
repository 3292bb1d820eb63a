package example.pools;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A report service runs its jobs on one worker thread: the assembly waits until the figures are loaded, and the loading
 * is queued behind it. Main then flushes the worker (waits for a no-op job queued last): the assembly holds the only
 * thread for good, so the loading and the flush never run.
 */
// weft: expect deadlock
public final class FlushBehindAssembly {

    public static void main(String[] args) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch assembling = new CountDownLatch(1);
        worker.execute(() -> {
            assembling.countDown();
            try {
                loaded.await(); // the bug: waits in the pool's only thread for a job queued behind it
                System.out.println("report assembled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assembling.await();
        worker.execute(loaded::countDown);
        worker.submit(() -> { }).get(); // the flush
        worker.shutdown();
    }
}
