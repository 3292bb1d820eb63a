package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link TornLongWrite}: the ticker writes a {@code volatile long} while the sampler
 * reads it.
 *
 * <p>{@code ticker} and {@code sampler} pass a start gate together; the ticker writes 5,000 values whose
 * two halves are equal, the sampler reads 5,000 times. Reads and writes of a volatile {@code long} are
 * atomic (JLS 17.7), so no read is torn, and each write happens-before the reads that see it.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "One thread writes a volatile long field while another reads it: atomic and ordered, no race.",
        expect = "none",
        twin = "TornLongWrite")
public final class VolatileLong {

    private static final int ROUNDS = 5_000;

    private VolatileLong() {
    }

    /** A clock whose tick count is a volatile long: the fix. */
    static final class Clock {
        volatile long ticks;
    }

    public static void main(String[] args) throws InterruptedException {
        Clock clock = new Clock();
        StartGate gate = new StartGate(2);
        int[] torn = new int[1];
        Thread ticker = new Thread(() -> {
            gate.arriveAndAwait();
            for (long i = 1; i <= ROUNDS; i++) {
                clock.ticks = i * 0x1_0000_0001L;
            }
        }, "ticker");
        Thread sampler = new Thread(() -> {
            gate.arriveAndAwait();
            int count = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long value = clock.ticks;
                if ((int) (value >>> 32) != (int) value) {
                    count++;
                }
            }
            torn[0] = count;
        }, "sampler");
        ticker.start();
        sampler.start();
        ticker.join();
        sampler.join();
        System.out.println("final tick " + Long.toHexString(clock.ticks) + ", torn reads: " + torn[0]);
    }
}
