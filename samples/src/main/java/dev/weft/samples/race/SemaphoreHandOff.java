package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.Semaphore;

/**
 * A one-slot buffer between a sensor and a logger, guarded by two {@link Semaphore}s: {@code empty}
 * (one permit while the slot is free) and {@code full} (one permit while it holds a reading).
 *
 * <p>The slot's fields are plain. {@code sensor} acquires {@code empty}, writes a reading into the slot
 * and releases {@code full}; {@code logger} acquires {@code full}, reads the reading, clears the slot and
 * releases {@code empty}; fifty times. Actions before a {@code release()} happen-before actions after a
 * successful {@code acquire()} in another thread: the semaphores are the only thing ordering the sensor's
 * writes with the logger's reads, and the logger's clearing with the sensor's next write. Neither
 * semaphore is ever used as a lock held on both sides.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model semaphores would wrongly report a
 * race on {@code Slot.celsius} or {@code Slot.sequence}.
 */
@Sample(
        shows = "A sensor and a logger hand readings through a one-slot buffer of plain fields, signalling"
                + " with two Semaphores: release happens-before the acquire it permits, no race.",
        expect = "none",
        twin = "OneSidedLock")
public final class SemaphoreHandOff {

    private static final int READINGS = 50;

    private SemaphoreHandOff() {
    }

    /** The buffer's one slot; {@code sequence} is 0 while it is empty. */
    static final class Slot {
        int sequence;
        double celsius;
    }

    public static void main(String[] args) throws InterruptedException {
        Slot slot = new Slot();
        Semaphore empty = new Semaphore(1);
        Semaphore full = new Semaphore(0);
        double[] mean = new double[1];
        Thread sensor = new Thread(() -> {
            try {
                for (int i = 1; i <= READINGS; i++) {
                    empty.acquire();
                    slot.sequence = i;
                    slot.celsius = 20.0 + (i % 7) / 2.0;
                    full.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sensor");
        Thread logger = new Thread(() -> {
            double sum = 0;
            try {
                for (int i = 1; i <= READINGS; i++) {
                    full.acquire();
                    if (slot.sequence != i) {
                        throw new IllegalStateException("reading " + slot.sequence + " arrived as " + i);
                    }
                    sum += slot.celsius;
                    slot.sequence = 0;
                    empty.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mean[0] = sum / READINGS;
        }, "logger");
        sensor.start();
        logger.start();
        sensor.join();
        logger.join();
        System.out.printf("%d readings logged, mean %.2f C%n", READINGS, mean[0]);
    }
}
