package example.racehunt;

import java.util.concurrent.locks.StampedLock;

/**
 * A point moved with StampedLock conversions: an optimistic read validated (falling back to a read
 * lock), and a read lock converted to a write lock with tryConvertToWriteLock.
 */
// weft: expect none
public final class StampedConversions {

    private final StampedLock lock = new StampedLock();
    private double x;
    private double y;

    double distance() {
        long stamp = lock.tryOptimisticRead();
        double cx = x;
        double cy = y;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                cx = x;
                cy = y;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return Math.sqrt(cx * cx + cy * cy);
    }

    void moveIfAtOrigin(double nx, double ny) {
        long stamp = lock.readLock();
        try {
            while (x == 0.0 && y == 0.0) {
                long ws = lock.tryConvertToWriteLock(stamp);
                if (ws != 0L) {
                    stamp = ws;
                    x = nx;
                    y = ny;
                    break;
                }
                lock.unlockRead(stamp);
                stamp = lock.writeLock();
            }
        } finally {
            lock.unlock(stamp);
        }
    }

    void move(double dx, double dy) {
        long stamp = lock.writeLock();
        try {
            x += dx;
            y += dy;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StampedConversions point = new StampedConversions();
        Runnable mover = () -> {
            point.moveIfAtOrigin(1, 1);
            for (int i = 0; i < 200; i++) {
                point.move(0.5, -0.5);
            }
        };
        Runnable watcher = () -> {
            double sum = 0;
            for (int i = 0; i < 200; i++) {
                sum += point.distance();
            }
            System.out.println("sum " + (long) sum);
        };
        Threads.runAll(new String[] {"mover-1", "mover-2", "watcher"}, mover, mover, watcher);
    }
}
