package example.racehunt;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A periodic sampler writes a plain field each run; main reads it after cancel without waiting for a run to finish. */
// weft: expect race example.racehunt.ScheduledSampler.lastSample threads=pool-1-thread-1,main
public final class ScheduledSampler {

    private static long lastSample;

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        ScheduledFuture<?> sampling = timer.scheduleAtFixedRate(() -> lastSample = System.nanoTime(), // weft: race
                0, 5, TimeUnit.MILLISECONDS);
        Thread.sleep(100);
        System.out.println("sampled " + (lastSample != 0)); // weft: race
        sampling.cancel(false);
        timer.shutdown();
    }
}
