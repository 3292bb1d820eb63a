package example.racehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A periodic sampler writes a plain field each run; main waits until sampling has begun (each run counts a latch down
 * before it samples), then reads the field without waiting for a run to finish, and cancels the sampler.
 */
// weft: expect race example.racehunt.ScheduledSampler.lastSample threads=pool-1-thread-1,main
public final class ScheduledSampler {

    private static long lastSample;

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        CountDownLatch begun = new CountDownLatch(1);
        ScheduledFuture<?> sampling = timer.scheduleAtFixedRate(() -> {
            begun.countDown();
            lastSample = System.nanoTime(); // weft: race
        }, 0, 5, TimeUnit.MILLISECONDS);
        begun.await();
        System.out.println("sampled " + (lastSample != 0)); // weft: race
        sampling.cancel(false);
        timer.shutdown();
    }
}
