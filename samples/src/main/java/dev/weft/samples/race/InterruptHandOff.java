package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * An indexer thread works until it is interrupted, then reads why it was stopped from a plain field that
 * {@code main} wrote just before interrupting it.
 *
 * <p>{@code indexer} loops until {@code isInterrupted()} is true; {@code main} works for a millisecond,
 * writes the plain {@code reason} field, calls {@code interrupt()}, and joins the indexer only afterwards.
 * The indexer reads {@code reason} after seeing its interrupt status set, and writes its report before it
 * ends. An interrupt synchronizes-with the point where the interrupted thread finds out it was
 * interrupted (JLS 17.4.4): that is the only thing ordering {@code main}'s write of {@code reason} with
 * the indexer's read.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model interrupts would wrongly report a
 * race on {@code StopRequest.reason}.
 */
@Sample(
        shows = "Main writes a plain field then interrupts a worker, which reads the field after seeing"
                + " isInterrupted(): the interrupt orders the write before the read, no race.",
        expect = "none",
        twin = "StopFlagRace")
public final class InterruptHandOff {

    private InterruptHandOff() {
    }

    /** Why the indexer is stopped; written by {@code main} before it interrupts the indexer. */
    static final class StopRequest {
        String reason;
    }

    public static void main(String[] args) throws InterruptedException {
        StopRequest stop = new StopRequest();
        String[] report = new String[1];
        Thread indexer = new Thread(() -> {
            long documents = 0;
            while (!Thread.currentThread().isInterrupted()) {
                documents++;
                Thread.onSpinWait();
            }
            report[0] = "indexed " + documents + " documents, stopped for " + stop.reason;
        }, "indexer");
        indexer.start();
        Thread.sleep(1);
        stop.reason = "redeploy";
        indexer.interrupt();
        indexer.join();
        System.out.println(report[0]);
    }
}
