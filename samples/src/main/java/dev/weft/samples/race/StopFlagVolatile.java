package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link StopFlagRace}: a heartbeat thread runs until {@code main} clears a
 * {@code volatile} {@code running} flag.
 *
 * <p>{@code heartbeat} polls the flag before every beat; {@code main} does a millisecond of other work,
 * clears it and joins the thread. A volatile write happens-before every read that sees it, and the JIT
 * may not hoist a volatile read out of the loop, so the heartbeat stops at the next poll after the write.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "A worker polls a volatile stop flag that main clears: the worker sees the write, no race.",
        expect = "none",
        twin = "StopFlagRace")
public final class StopFlagVolatile {

    /** A bound that is never reached: the heartbeat sees the flag cleared long before. */
    private static final long MAX_BEATS = 2_000_000;

    private static volatile boolean running = true;

    private StopFlagVolatile() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] beats = new long[1];
        Thread heartbeat = new Thread(() -> beats[0] = beat(), "heartbeat");
        heartbeat.start();
        Thread.sleep(1);
        running = false;
        heartbeat.join();
        System.out.println("heartbeat stopped after " + beats[0] + " beats");
    }

    /** Beats until the flag is cleared; the flag is volatile: the fix. */
    private static long beat() {
        long beats = 0;
        while (running && beats < MAX_BEATS) {
            beats++;
            Thread.onSpinWait();
        }
        return beats;
    }
}
