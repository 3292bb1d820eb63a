package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * An elevator bank keeps each car's floor and direction under one {@code StampedLock}. The car controllers move
 * under {@code writeLockInterruptibly()}; the hall displays read with {@code tryOptimisticRead()} and retry until
 * {@code validate} succeeds (never falling back to a read lock); a dispatcher reads through the
 * {@code asReadLock()} view. Only validated reads are used.
 */
// weft: expect none
public final class ElevatorPositionsStamped {

    static final class Bank {
        final StampedLock lock = new StampedLock();
        final int[] floors = new int[3];
        final int[] directions = {1, 1, 1};
        long moves;

        void move(int car) throws InterruptedException {
            long stamp = lock.writeLockInterruptibly();
            try {
                if (floors[car] + directions[car] < 0 || floors[car] + directions[car] > 20) {
                    directions[car] = -directions[car];
                }
                floors[car] += directions[car];
                moves++;
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        int display(int car) {
            while (true) {
                long stamp = lock.tryOptimisticRead();
                int floor = floors[car];
                int direction = directions[car];
                if (lock.validate(stamp)) {
                    return floor * 10 + (direction > 0 ? 1 : 0);
                }
                Thread.onSpinWait();
            }
        }

        long totalFloors() {
            Lock read = lock.asReadLock();
            read.lock();
            try {
                long total = moves;
                for (int floor : floors) {
                    total += floor;
                }
                return total;
            } finally {
                read.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Bank bank = new Bank();
        CountDownLatch done = new CountDownLatch(5);
        long[] seen = new long[2];
        for (int car = 0; car < 3; car++) {
            int id = car;
            new Thread(() -> {
                try {
                    for (int i = 0; i < 300; i++) {
                        bank.move(id);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "car-" + car).start();
        }
        for (int d = 0; d < 2; d++) {
            int display = d;
            new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    seen[display] += bank.display(i % 3) + bank.totalFloors();
                }
                done.countDown();
            }, "hall-display-" + d).start();
        }
        done.await();
        System.out.println(bank.moves + " moves, displays " + (seen[0] + seen[1] > 0));
    }
}
