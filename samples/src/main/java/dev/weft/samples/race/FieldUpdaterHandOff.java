package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A job slot whose {@code volatile int state} is written through an {@link AtomicIntegerFieldUpdater} by
 * one thread and read directly by the other, and the reverse.
 *
 * <p>{@code scheduler} fills the slot's plain {@code payload} and publishes it with the updater's
 * {@code set}; {@code runner} spins on a plain read of the volatile {@code state}, reads the payload,
 * writes the plain {@code result} and sets {@code state} directly; {@code scheduler} waits for that with
 * the updater's {@code compareAndSet} and reads the result. An updater's write of a volatile field is a
 * volatile write of it, and the reverse: each hand-off is ordered, whichever way the field is reached.
 *
 * <p><b>What weft reports</b>: nothing. A detector that gave the updater a sync object of its own, apart
 * from the field's, would report races on {@code payload} and {@code result}.
 */
@Sample(
        shows = "A volatile state field written through its AtomicIntegerFieldUpdater and read directly, and"
                + " the reverse, publishes a job and its result: no race.",
        expect = "none",
        twin = "FieldUpdaterPublishedEarly")
public final class FieldUpdaterHandOff {

    private static final int READY = 1;
    private static final int DONE = 2;
    private static final AtomicIntegerFieldUpdater<Slot> STATE = AtomicIntegerFieldUpdater.newUpdater(Slot.class, "state");

    private FieldUpdaterHandOff() {
    }

    /** A job handed from the scheduler to the runner and back. */
    static final class Slot {
        private volatile int state; // private: the updater's access check needs its real caller
        String payload;
        int result;
    }

    public static void main(String[] args) throws InterruptedException {
        Slot slot = new Slot();
        Thread scheduler = new Thread(() -> {
            slot.payload = "resize image 42";
            STATE.set(slot, READY);
            while (!STATE.compareAndSet(slot, DONE, 0)) {
                Thread.onSpinWait();
            }
            System.out.println("result " + slot.result);
        }, "scheduler");
        Thread runner = new Thread(() -> {
            while (slot.state != READY) {
                Thread.onSpinWait();
            }
            slot.result = slot.payload.length();
            slot.state = DONE;
        }, "runner");
        scheduler.start();
        runner.start();
        scheduler.join();
        runner.join();
    }
}
