package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.StampedLock;

/**
 * A robot arm's position under a {@code StampedLock}, with the idioms of the class's Javadoc: {@code moveIfAtOrigin}
 * reads optimistically, validates, and upgrades the optimistic stamp with {@code tryConvertToWriteLock}, retrying under
 * {@code writeLock()} when either fails; {@code distanceFromOrigin} reads optimistically and falls back to
 * {@code readLock()}; {@code move} writes under the write lock. Homing threads and sensor threads run them at once.
 */
// weft: expect none
public final class RobotArmMoveIfAtOrigin {

    static final class Arm {
        final StampedLock lock = new StampedLock();
        double x;
        double y;
        int moves;

        void move(double dx, double dy) {
            long stamp = lock.writeLock();
            try {
                x += dx;
                y += dy;
                moves++;
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        boolean moveIfAtOrigin(double newX, double newY) {
            long stamp = lock.tryOptimisticRead();
            try {
                for (;; stamp = lock.writeLock()) {
                    if (stamp == 0L) {
                        continue;
                    }
                    double currentX = x;
                    double currentY = y;
                    if (!lock.validate(stamp)) {
                        continue;
                    }
                    if (currentX != 0.0 || currentY != 0.0) {
                        return false;
                    }
                    stamp = lock.tryConvertToWriteLock(stamp);
                    if (stamp == 0L) {
                        continue;
                    }
                    x = newX;
                    y = newY;
                    moves++;
                    return true;
                }
            } finally {
                if (StampedLock.isWriteLockStamp(stamp)) {
                    lock.unlockWrite(stamp);
                }
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
        Arm arm = new Arm();
        CountDownLatch done = new CountDownLatch(4);
        int[] homed = new int[2];
        double[] distance = new double[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    if (i % 2 == 0) {
                        homed[id] += arm.moveIfAtOrigin(1 + id, 1) ? 1 : 0;
                    } else {
                        arm.move(arm.distanceFromOrigin() > 50 ? -1 : 0, 0);
                    }
                }
                done.countDown();
            }, "homing-" + t).start();
            new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    distance[id] += arm.distanceFromOrigin();
                    if (i % 50 == 0) {
                        arm.move(-1 - id, -1);
                    }
                }
                done.countDown();
            }, "sensor-" + t).start();
        }
        done.await();
        System.out.println(arm.moves + " moves, homed " + (homed[0] + homed[1] >= 0) + ", distances " + (distance[0] + distance[1] >= 0));
    }
}
