package example.racehunt;

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
        Threads.runAll(new String[] {"handler-1", "handler-2"}, () -> {
            for (int i = 0; i < 2000; i++) {
                meter.record(i % 97);
            }
        }, () -> {
            for (int i = 0; i < 2000; i++) {
                meter.record(i % 89);
            }
        });
        System.out.println(meter.requests.sum() + " " + meter.slowest);
    }
}
