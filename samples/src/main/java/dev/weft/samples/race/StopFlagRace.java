package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A heartbeat thread runs until {@code main} clears a plain, non-volatile {@code running} flag.
 *
 * <p>{@code heartbeat} starts and polls {@code running} before every beat; {@code main} does a
 * millisecond of other work, clears the flag and joins it. Nothing orders the write with the reads: the
 * JIT may hoist the read out of the loop and the thread may never stop. (This one gives up after a
 * bounded number of beats, so the program always ends.) Under weft the race is reported on every run,
 * whether the heartbeat saw the write or not.
 *
 * <p><b>What weft reports</b>: a race on {@code StopFlagRace.running} between {@code main}, which writes
 * it in {@code main}, and {@code heartbeat}, which reads it in the loop condition of {@code beat}.
 *
 * <p><b>The fix</b>: {@link StopFlagVolatile} declares the flag {@code volatile}.
 */
@Sample(
        shows = "A worker polls a plain boolean stop flag that main clears: the write and the reads are not"
                + " ordered, a data race (and the worker may never see the write).",
        expect = "race",
        field = "dev.weft.samples.race.StopFlagRace.running",
        threads = {"main", "heartbeat"},
        twin = "StopFlagVolatile")
public final class StopFlagRace {

    /** Where the heartbeat gives up if it never sees the flag cleared. */
    private static final long MAX_BEATS = 2_000_000;

    private static boolean running = true;

    private StopFlagRace() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] beats = new long[1];
        Thread heartbeat = new Thread(() -> beats[0] = beat(), "heartbeat");
        heartbeat.start();
        Thread.sleep(1);
        running = false; // weft: race
        heartbeat.join();
        System.out.println("heartbeat stopped after " + beats[0] + " beats"
                + (beats[0] == MAX_BEATS ? " (it never saw the flag cleared)" : ""));
    }

    /** Beats until the flag is cleared, or gives up; the flag is a plain field: the bug. */
    private static long beat() {
        long beats = 0;
        while (running && beats < MAX_BEATS) { // weft: race
            beats++;
            Thread.onSpinWait();
        }
        return beats;
    }
}
