package dev.weft.samples.scheduling;

import dev.weft.samples.Sample;

/**
 * The adders of {@link LostUpdateByQuantum}, incrementing under a lock: a time slice may still end in the
 * middle of an increment, but the other adder then waits for the lock in the model, so no update is lost
 * whatever the quantum.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "The same adders increment under a lock: a slice may end mid-increment, the other adder waits,"
                + " nothing is lost.",
        expect = "none",
        twin = "LostUpdateByQuantum",
        options = "mode=control,policy=preemptive,quantum=3,cpus=1,strategy=round-robin")
public final class LostUpdateLocked {

    private static final Object LOCK = new Object();
    private static int count;

    private LostUpdateLocked() {
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable add = () -> {
            for (int i = 0; i < LostUpdateByQuantum.INCREMENTS; i++) {
                synchronized (LOCK) {
                    count++;
                }
            }
        };
        Thread adder1 = new Thread(add, "adder-1");
        Thread adder2 = new Thread(add, "adder-2");
        adder1.start();
        adder2.start();
        adder1.join();
        adder2.join();
        System.out.println("count=" + count + ", lost " + (2 * LostUpdateByQuantum.INCREMENTS - count) + " updates");
    }
}
