package example.racehunt;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** The fixed twin of {@code LatencyAdderPlainMax}: the maximum is a {@code LongAccumulator} too. */
// weft: expect none
public final class LatencyAdderAtomicMax {

    static final class Meter {
        final LongAdder requests = new LongAdder();
        final LongAccumulator slowest = new LongAccumulator(Math::max, 0);

        void record(long micros) {
            requests.increment();
            slowest.accumulate(micros);
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
        System.out.println(meter.requests.sum() + " " + meter.slowest.get());
    }
}
