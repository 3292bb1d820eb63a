package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.StampedLock;

/**
 * A position guarded by a {@code StampedLock}, the way its Javadoc shows: a mover writes under the write
 * lock; a reader reads optimistically and validates its stamp, falling back to the read lock when a write
 * came in between.
 *
 * <p>The optimistic reads of {@code x} and {@code y} do run concurrently with the mover's writes, but the
 * reader only uses them when {@code validate} says no write lock was taken since its stamp; otherwise it
 * throws them away and reads again under the read lock, which the write lock excludes. The reads that are
 * kept are ordered after the last write by the lock's stamps.
 *
 * <p><b>What weft reports</b>: nothing. Weft does not check the reads of an optimistic read (until the
 * thread's next call on a {@code StampedLock}); a detector that does reports races on {@code x} and
 * {@code y} whenever a write overlaps a read that the program then discards.
 */
@Sample(
        shows = "A StampedLock with writes under the write lock and optimistic reads validated before use,"
                + " falling back to the read lock: no race.",
        expect = "none",
        twin = "OneSidedLock")
public final class StampedLockHandOff {

    private StampedLockHandOff() {
    }

    /** A point moved by one thread and measured by another. */
    static final class Position {
        private final StampedLock lock = new StampedLock();
        private double x;
        private double y;

        void move(double dx, double dy) {
            long stamp = lock.writeLock();
            try {
                x += dx;
                y += dy;
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        double distanceFromOrigin() {
            long stamp = lock.tryOptimisticRead();
            double currentX = x;
            double currentY = y;
            if (!lock.validate(stamp)) {
                stamp = lock.readLock();
                try {
                    currentX = x;
                    currentY = y;
                } finally {
                    lock.unlockRead(stamp);
                }
            }
            return Math.hypot(currentX, currentY);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Position position = new Position();
        double[] farthest = new double[1];
        Thread mover = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                position.move(1, 1);
            }
        }, "mover");
        Thread meter = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                farthest[0] = Math.max(farthest[0], position.distanceFromOrigin());
            }
        }, "meter");
        mover.start();
        meter.start();
        mover.join();
        meter.join();
        System.out.printf("farthest seen %.1f, now %.1f%n", farthest[0], position.distanceFromOrigin());
    }
}
