package example.racehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The twin of {@link HandlerPoolSameLine}: the handler's {@code handle} is {@code synchronized}. */
// weft: expect none
public final class HandlerPoolSameLineLocked {

    static final class StatusHandler {
        private int served;

        synchronized String handle(String path) {
            served++;
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
