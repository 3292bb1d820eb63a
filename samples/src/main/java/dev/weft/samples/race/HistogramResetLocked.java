package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.Arrays;

/**
 * The correct twin of {@link HistogramResetRace}: the reporter clears the histogram's buckets with
 * {@code Arrays.fill} holding the lock the recorder counts under.
 *
 * <p>{@code recorder} and {@code reporter} pass a start gate together and interleave 5,000 increments
 * with 500 clears. Every access to the buckets, the ones inside {@code Arrays.fill} included, holds the
 * same lock, so each is ordered with the next.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "A reporter clears a histogram's buckets with Arrays.fill holding the lock its recorder holds:"
                + " no race.",
        expect = "none",
        twin = "HistogramResetRace")
public final class HistogramResetLocked {

    private static final int REQUESTS = 5_000;
    private static final int REPORTS = 500;

    private HistogramResetLocked() {
    }

    /** Request counts by latency bucket; {@code lock} guards {@code buckets}. */
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
        synchronized (histogram.lock) {
            System.out.println("requests counted since the last reset: " + Arrays.stream(histogram.buckets).sum());
        }
    }

    /** Counts a request into its bucket, holding the lock. */
    static void record(Histogram histogram, int bucket) {
        synchronized (histogram.lock) {
            histogram.buckets[bucket]++;
        }
    }

    /** Clears every bucket holding the lock. */
    static void reset(Histogram histogram) {
        synchronized (histogram.lock) {
            Arrays.fill(histogram.buckets, 0);
        }
    }
}
