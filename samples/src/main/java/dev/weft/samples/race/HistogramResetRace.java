package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.Arrays;

/**
 * A latency histogram: a recorder counts requests into buckets holding the histogram's lock, and a
 * reporter clears the buckets with {@code Arrays.fill} after each report, without the lock.
 *
 * <p>{@code recorder} and {@code reporter} pass a start gate together. The recorder counts 5,000
 * requests, each inside {@code synchronized (lock)}; the reporter clears the buckets 500 times. The
 * elements are written inside {@code Arrays.fill}, in the JDK, where no access of the program's own code
 * is: weft sees the call in the program's code and checks the elements it writes, as if written one by
 * one. The clear is ordered with no increment, and counts are lost or survive a reset.
 *
 * <p><b>What weft reports</b>: a race on an element of a {@code long[]} between {@code recorder}, at the
 * locked increment in {@code record}, and {@code reporter}, at the {@code Arrays.fill} of {@code reset}.
 *
 * <p><b>The fix</b>: {@link HistogramResetLocked} clears the buckets holding the same lock.
 */
@Sample(
        shows = "A reporter clears a histogram's buckets with Arrays.fill without the lock its recorder holds:"
                + " a data race on array elements written inside a JDK call.",
        expect = "race",
        field = "long[]",
        threads = {"recorder", "reporter"},
        twin = "HistogramResetLocked")
public final class HistogramResetRace {

    private static final int REQUESTS = 5_000;
    private static final int REPORTS = 500;

    private HistogramResetRace() {
    }

    /** Request counts by latency bucket; {@code lock} is meant to guard {@code buckets}. */
    static final class Histogram {
        final Object lock = new Object();
        final long[] buckets = new long[4];
    }

    public static void main(String[] args) throws InterruptedException {
        Histogram histogram = new Histogram();
        StartGate gate = new StartGate(2);
        Thread recorder = new Thread(() -> {
            gate.arriveAndAwait();
            for (int i = 0; i < REQUESTS; i++) {
                record(histogram, i % 4);
            }
        }, "recorder");
        Thread reporter = new Thread(() -> {
            gate.arriveAndAwait();
            for (int i = 0; i < REPORTS; i++) {
                reset(histogram);
                Thread.yield();
            }
        }, "reporter");
        recorder.start();
        reporter.start();
        recorder.join();
        reporter.join();
        System.out.println("requests counted since the last reset: " + Arrays.stream(histogram.buckets).sum());
    }

    /** Counts a request into its bucket, holding the lock. */
    static void record(Histogram histogram, int bucket) {
        synchronized (histogram.lock) {
            histogram.buckets[bucket]++; // weft: race
        }
    }

    /** Clears every bucket without the lock: the bug. */
    static void reset(Histogram histogram) {
        Arrays.fill(histogram.buckets, 0); // weft: race
    }
}
