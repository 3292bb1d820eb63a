package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A network monitor samples a byte counter with {@code scheduleWithFixedDelay}: each run computes the delta
 * against the sample the previous run stored in plain fields of the task, which may run in another thread of
 * the scheduler's pool.
 */
// weft: expect none
public final class TrafficDeltaFixedDelay {

    static final class Sampler implements Runnable {
        final AtomicLong bytes;
        final CountDownLatch runs;
        long lastSample;
        long biggestDelta;
        int samples;

        Sampler(AtomicLong bytes, CountDownLatch runs) {
            this.bytes = bytes;
            this.runs = runs;
        }

        @Override
        public void run() {
            long now = bytes.get();
            biggestDelta = Math.max(biggestDelta, now - lastSample);
            lastSample = now;
            samples++;
            runs.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, new NamedThreads("monitor"));
        AtomicLong bytes = new AtomicLong();
        CountDownLatch runs = new CountDownLatch(15);
        Sampler sampler = new Sampler(bytes, runs);
        var handle = scheduler.scheduleWithFixedDelay(sampler, 0, 2, TimeUnit.MILLISECONDS);
        while (runs.getCount() > 0) {
            bytes.addAndGet(1500);
            Thread.sleep(1);
        }
        handle.cancel(false);
        scheduler.shutdown();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(sampler.samples + " samples, biggest delta " + (sampler.biggestDelta > 0));
    }
}
