package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A boiler controller polls a pressure gauge with {@code scheduleAtFixedRate} on a pool of three threads; each run
 * keeps a rolling window in plain fields of the poller, which the next run (perhaps in another thread) reads. The
 * controller cancels the poll once it has enough samples, shuts the pool down and reads the window after
 * {@code awaitTermination}.
 */
// weft: expect none
public final class BoilerPressureFixedRate {

    static final class Poller implements Runnable {
        final AtomicInteger gauge;
        final CountDownLatch enough;
        final int[] window = new int[8];
        int next;
        int peak;
        long polls;

        Poller(AtomicInteger gauge, CountDownLatch enough) {
            this.gauge = gauge;
            this.enough = enough;
        }

        @Override
        public void run() {
            int reading = gauge.get();
            window[next] = reading;
            next = (next + 1) % window.length;
            peak = Math.max(peak, reading);
            polls++;
            enough.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(3, new NamedThreads("gauge"));
        AtomicInteger gauge = new AtomicInteger(100);
        CountDownLatch enough = new CountDownLatch(20);
        Poller poller = new Poller(gauge, enough);
        ScheduledFuture<?> polling = pool.scheduleAtFixedRate(poller, 0, 1, TimeUnit.MILLISECONDS);
        while (!enough.await(1, TimeUnit.MILLISECONDS)) {
            gauge.incrementAndGet();
        }
        polling.cancel(false);
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("poller still running");
        }
        int sum = 0;
        for (int reading : poller.window) {
            sum += reading;
        }
        System.out.println(poller.polls + " polls, peak " + (poller.peak >= 100) + ", window " + (sum > 0) + ", cancelled "
                + polling.isCancelled());
    }
}
