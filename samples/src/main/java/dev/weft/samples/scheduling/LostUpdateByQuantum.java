package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * Two adders increment a plain counter 1000 times each with {@code count++}: a read, then a write. An
 * update is lost when the scheduler switches to the other adder between the two, so how many are lost
 * depends on the time slice: with {@code quantum=1} (a switch at every scheduling point) about half the
 * updates are lost; with the {@code quantum=3} of this sample, a slice covers one and a half increments
 * and every other slice ends between a read and its write; with {@code quantum=1000} a whole loop fits in
 * one slice and nothing is lost. The program prints how many updates it lost.
 *
 * <p><b>What weft reports</b>: a {@code race} on {@code count} between the adders, whatever the quantum:
 * nothing orders the two threads' accesses.
 *
 * <p><b>The fix</b>: {@link LostUpdateLocked} increments under a lock.
 */
@Sample(
        shows = "Two adders increment a plain counter; how many updates are lost depends on the time slice"
                + " (quantum), the race does not.",
        expect = "race",
        threads = {"adder-1", "adder-2"},
        twin = "LostUpdateLocked",
        field = "dev.weft.samples.scheduling.LostUpdateByQuantum.count",
        options = "mode=control,policy=preemptive,quantum=3,cpus=1,strategy=round-robin")
public final class LostUpdateByQuantum {

    static final int INCREMENTS = 1000;
    private static int count;

    private LostUpdateByQuantum() {
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable add = () -> {
            for (int i = 0; i < INCREMENTS; i++) {
                count++; // weft: race
            }
        };
        Thread adder1 = new Thread(add, "adder-1");
        Thread adder2 = new Thread(add, "adder-2");
        adder1.start();
        adder2.start();
        adder1.join();
        adder2.join();
        System.out.println("count=" + count + ", lost " + (2 * INCREMENTS - count) + " updates");
    }
}
