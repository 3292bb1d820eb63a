package example.racehunt;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Two threads feed latencies to a static method through a method reference; it bumps a shared bucket array. */
// weft: expect race long[] threads=probe-a,probe-b
public final class StaticMethodRefHistogram {

    static final long[] BUCKETS = new long[8];

    static void record(int millis) {
        BUCKETS[Math.min(millis / 10, BUCKETS.length - 1)]++; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        IntConsumer recorder = StaticMethodRefHistogram::record;
        Runnable probe = () -> IntStream.range(0, 100).map(i -> i % 30).forEach(recorder);
        Threads.runAll(new String[] {"probe-a", "probe-b"}, probe, probe);
        System.out.println("first bucket " + BUCKETS[0]);
    }
}
