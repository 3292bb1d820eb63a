package example.racehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A servlet-like status handler, one object for the whole server, counts the requests it served in a plain field; the
 * server's two worker threads run the same {@code handle} method, so both accesses of the lost update are at the same
 * line, and the report must still name both workers.
 */
// weft: expect race example.racehunt.HandlerPoolSameLine$StatusHandler.served threads=http-worker-*,http-worker-*
public final class HandlerPoolSameLine {

    static final class StatusHandler {
        private int served;

        String handle(String path) {
            served++; // weft: race
            return "200 " + path;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StatusHandler handler = new StatusHandler();
        AtomicInteger ids = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(2, task -> new Thread(task, "http-worker-" + ids.incrementAndGet()));
        CountDownLatch bothUp = new CountDownLatch(2);
        for (int w = 0; w < 2; w++) {
            workers.execute(() -> {
                bothUp.countDown();
                try {
                    bothUp.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 300; i++) {
                    handler.handle("/status/" + i);
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
