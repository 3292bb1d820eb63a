package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A poller sleeps between polls until it is interrupted; when its {@code sleep} throws
 * {@code InterruptedException}, it reads why it was stopped from a plain field that {@code main} wrote
 * just before interrupting it.
 *
 * <p>{@code poller} sleeps for ten seconds at a time, so it is asleep when {@code main} writes the plain
 * {@code reason} field and calls {@code interrupt()}. Its {@code sleep} then throws, and the handler reads
 * {@code reason}. An interrupt synchronizes-with the point where the interrupted thread finds out it was
 * interrupted (JLS 17.4.4), here by catching {@code InterruptedException}: that is the only thing ordering
 * {@code main}'s write with the poller's read.
 *
 * <p><b>What weft reports</b>: nothing. A detector that models only {@code isInterrupted()} would wrongly
 * report a race on {@code Shutdown.reason}.
 */
@Sample(
        shows = "Main writes a plain field then interrupts a sleeping thread, which reads the field in its"
                + " InterruptedException handler: the interrupt orders the write before the read, no race.",
        expect = "none",
        twin = "StopFlagRace")
public final class InterruptedExceptionHandOff {

    private InterruptedExceptionHandOff() {
    }

    /** Why the poller stops; written by {@code main} before it interrupts the poller. */
    static final class Shutdown {
        String reason;
    }

    public static void main(String[] args) throws InterruptedException {
        Shutdown shutdown = new Shutdown();
        String[] report = new String[1];
        Thread poller = new Thread(() -> {
            int polls = 0;
            while (true) {
                polls++;
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    report[0] = "stopped after " + polls + " polls: " + shutdown.reason;
                    return;
                }
            }
        }, "poller");
        poller.start();
        Thread.sleep(20);
        shutdown.reason = "maintenance";
        poller.interrupt();
        poller.join();
        System.out.println(report[0]);
    }
}
