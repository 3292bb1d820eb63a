package example.explorehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Twin of {@link ReportSingleWorker}: the loading runs on an executor of its own, so the assembly never waits behind it. */
// weft: expect none
public final class ReportTwoWorkers {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService assembly = Executors.newSingleThreadExecutor();
        ExecutorService loading = Executors.newSingleThreadExecutor();
        CountDownLatch loaded = new CountDownLatch(1);
        Thread requester = new Thread(() -> assembly.execute(() -> {
            try {
                loaded.await();
                System.out.println("report assembled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "requester");
        Thread loader = new Thread(() -> loading.execute(loaded::countDown), "loader");
        requester.start();
        loader.start();
        requester.join();
        loader.join();
        assembly.shutdown();
        loading.shutdown();
        assembly.awaitTermination(1, TimeUnit.DAYS);
        loading.awaitTermination(1, TimeUnit.DAYS);
    }
}
