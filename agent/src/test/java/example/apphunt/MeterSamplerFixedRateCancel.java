package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A power meter sampler: a fixed-rate task keeps its readings in a plain ring and plain totals from one run to the
 * next, and counts a latch down once it has filled the ring; {@code main} then cancels it, shuts the scheduler down
 * and waits with {@code awaitTermination} before it reads the ring and totals (the task may run more after the latch).
 */
// weft: expect none
public final class MeterSamplerFixedRateCancel {

    static final class Sampler implements Runnable {
        final int[] ring = new int[16];
        int next;
        long totalWatts;
        int runs;
        final CountDownLatch filled;

        Sampler(CountDownLatch filled) {
            this.filled = filled;
        }

        @Override
        public void run() {
            int watts = 200 + (runs * 37) % 90;
            ring[next] = watts;
            next = (next + 1) % ring.length;
            totalWatts += watts;
            runs++;
            if (runs == ring.length) {
                filled.countDown();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, new NamedThreads("meter"));
        CountDownLatch filled = new CountDownLatch(1);
        Sampler sampler = new Sampler(filled);
        ScheduledFuture<?> sampling = scheduler.scheduleAtFixedRate(sampler, 0, 1, TimeUnit.MILLISECONDS);
        filled.await();
        sampling.cancel(false);
        scheduler.shutdown();
        if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("sampler still running");
        }
        int peak = 0;
        for (int watts : sampler.ring) {
            peak = Math.max(peak, watts);
        }
        System.out.println(sampler.runs + " samples, total " + sampler.totalWatts + " W, peak " + peak + ", cancelled " + sampling.isCancelled());
    }
}
