package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A ticker thread writes a plain {@code long} while a sampler thread reads it. The Java memory model lets
 * a non-volatile {@code long} be written as two 32-bit halves (JLS 17.7), so a read may see the high half
 * of one value and the low half of another.
 *
 * <p>{@code ticker} and {@code sampler} pass a start gate together. The ticker writes 5,000 values whose
 * two halves are equal; the sampler reads 5,000 times and counts values whose halves differ. Most 64-bit
 * JVMs never tear, so the count is usually 0; the race is there all the same, and weft reports it on every
 * run because nothing orders the writes with the reads.
 *
 * <p><b>What weft reports</b>: a race on {@code Clock.ticks} between {@code ticker}, at the write in
 * {@code tick}, and {@code sampler}, at the read in {@code sample}.
 *
 * <p><b>The fix</b>: {@link VolatileLong} declares the field {@code volatile}: its reads and writes are
 * atomic and ordered.
 */
@Sample(
        shows = "One thread writes a plain long field while another reads it: a data race, and the read may"
                + " even see a torn value.",
        expect = "race",
        field = "dev.weft.samples.race.TornLongWrite$Clock.ticks",
        threads = {"ticker", "sampler"},
        twin = "VolatileLong")
public final class TornLongWrite {

    private static final int ROUNDS = 5_000;

    private TornLongWrite() {
    }

    /** A clock whose tick count is a plain long: the bug. */
    static final class Clock {
        long ticks;
    }

    public static void main(String[] args) throws InterruptedException {
        Clock clock = new Clock();
        StartGate gate = new StartGate(2);
        int[] torn = new int[1];
        Thread ticker = new Thread(() -> {
            gate.arriveAndAwait();
            for (long i = 1; i <= ROUNDS; i++) {
                tick(clock, i * 0x1_0000_0001L);
            }
        }, "ticker");
        Thread sampler = new Thread(() -> {
            gate.arriveAndAwait();
            int count = 0;
            for (int i = 0; i < ROUNDS; i++) {
                long value = sample(clock);
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

    static void tick(Clock clock, long value) {
        clock.ticks = value; // weft: race
    }

    static long sample(Clock clock) {
        return clock.ticks; // weft: race
    }
}
