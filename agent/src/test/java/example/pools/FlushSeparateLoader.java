package example.pools;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Twin of {@link FlushBehindAssembly}: the loading runs on a worker of its own, so the assembly never waits behind it. */
// weft: expect none
public final class FlushSeparateLoader {

    public static void main(String[] args) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        ExecutorService loader = Executors.newSingleThreadExecutor();
        CountDownLatch loaded = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                loaded.await();
                System.out.println("report assembled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loader.execute(loaded::countDown);
        worker.submit(() -> { }).get();
        worker.shutdown();
        loader.shutdown();
    }
}
