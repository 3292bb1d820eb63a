package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A job slot published through an {@link AtomicIntegerFieldUpdater} <em>before</em> its payload is
 * written: the runner may read the payload the scheduler has not written yet.
 *
 * <p>{@code scheduler} sets the slot's {@code volatile state} with the updater, then writes the plain
 * {@code payload}; {@code runner} waits for the state with a plain read of the field and reads the
 * payload. The volatile write orders what came before it, not the payload written after it.
 *
 * <p><b>What weft reports</b>: a race on {@code Slot.payload} between {@code scheduler} (the write) and
 * {@code runner} (the read).
 *
 * <p><b>The fix</b>: write the payload first, then publish; see {@link FieldUpdaterHandOff}.
 */
@Sample(
        shows = "A job slot is published through an AtomicIntegerFieldUpdater before its payload is written:"
                + " the runner's read of the payload races with the write.",
        expect = "race",
        field = "dev.weft.samples.race.FieldUpdaterPublishedEarly$Slot.payload",
        threads = {"scheduler", "runner"},
        twin = "FieldUpdaterHandOff")
public final class FieldUpdaterPublishedEarly {

    private static final int READY = 1;
    private static final AtomicIntegerFieldUpdater<Slot> STATE = AtomicIntegerFieldUpdater.newUpdater(Slot.class, "state");

    private FieldUpdaterPublishedEarly() {
    }

    /** A job handed from the scheduler to the runner. */
    static final class Slot {
        volatile int state;
        String payload;
    }

    public static void main(String[] args) throws InterruptedException {
        Slot slot = new Slot();
        Thread scheduler = new Thread(() -> {
            STATE.set(slot, READY);
            slot.payload = "resize image 42"; // weft: race
        }, "scheduler");
        Thread runner = new Thread(() -> {
            while (slot.state != READY) {
                Thread.onSpinWait();
            }
            System.out.println("payload " + slot.payload); // weft: race
        }, "runner");
        scheduler.start();
        runner.start();
        scheduler.join();
        runner.join();
    }
}
