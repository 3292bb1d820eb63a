package example.racehunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * A latency meter counts requests in a {@code LongAdder}, which is safe, and keeps the slowest one in a plain
 * field next to it, which is not: two handlers compare and set the maximum unordered.
 */
// weft: expect race example.racehunt.LatencyAdderPlainMax$Meter.slowest threads=handler-1,handler-2
public final class LatencyAdderPlainMax {

    static final class Meter {
        final LongAdder requests = new LongAdder();
        long slowest;

        void record(long micros) {
            requests.increment();
            if (micros > slowest) { // weft: race
                slowest = micros; // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Meter meter = new Meter();
        CountDownLatch bothReady = new CountDownLatch(2);
        // Rising latencies in both handlers, so that each keeps writing the maximum for the whole run: the adder's
        // increments order whatever one handler did before them, so only overlapping loops race.
        Threads.runAll(new String[] {"handler-1", "handler-2"}, () -> {
            awaitBoth(bothReady);
            for (int i = 0; i < 20_000; i++) {
                meter.record(2L * i);
            }
        }, () -> {
            awaitBoth(bothReady);
            for (int i = 0; i < 20_000; i++) {
                meter.record(2L * i + 1);
            }
        });
        System.out.println(meter.requests.sum() + " " + meter.slowest);
    }

    private static void awaitBoth(CountDownLatch bothReady) {
        bothReady.countDown();
        try {
            bothReady.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
