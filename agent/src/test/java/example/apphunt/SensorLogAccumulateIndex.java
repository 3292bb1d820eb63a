package example.apphunt;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A sensor log: the acquisition thread writes each reading into a plain array, then publishes how far the log is
 * filled with {@code AtomicLong.accumulateAndGet(i + 1, Math::max)}; two dashboards read the published length with
 * {@code get()} and only read the readings below it. A {@code getAndAccumulate} tracks the peak value seen.
 */
// weft: expect none
public final class SensorLogAccumulateIndex {

    public static void main(String[] args) throws InterruptedException {
        double[] readings = new double[2000];
        AtomicLong filled = new AtomicLong();
        AtomicLong peak = new AtomicLong(Long.MIN_VALUE);
        Thread acquisition = new Thread(() -> {
            for (int i = 0; i < readings.length; i++) {
                readings[i] = Math.sin(i / 50.0) * 100;
                filled.accumulateAndGet(i + 1, Math::max);
                peak.getAndAccumulate((long) readings[i], Math::max);
            }
        }, "acquisition");
        double[] sums = new double[2];
        Thread[] dashboards = new Thread[2];
        for (int d = 0; d < dashboards.length; d++) {
            int me = d;
            dashboards[d] = new Thread(() -> {
                int seen = 0;
                while (seen < readings.length) {
                    int upTo = (int) filled.get();
                    for (int i = seen; i < upTo; i++) {
                        sums[me] += readings[i];
                    }
                    seen = upTo;
                    Thread.yield();
                }
            }, "dashboard-" + d);
            dashboards[d].start();
        }
        acquisition.start();
        for (Thread dashboard : dashboards) {
            dashboard.join();
        }
        System.out.printf("%.1f %.1f peak %d%n", sums[0], sums[1], peak.get());
    }
}
