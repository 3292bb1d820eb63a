package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.StampedLock;

/**
 * A transit map keeps network-wide data (a delay added to every journey) under one {@code StampedLock} and each
 * line's stop times under a {@code StampedLock} of the line's own. The journey planner reads both optimistically,
 * one window inside the other: it begins an optimistic read of the network, then of a line, validates the line's
 * stamp, reads the network's delay and validates the network's stamp last, falling back to read locks when a stamp
 * fails. Controllers change delays and stop times under the write locks.
 */
// weft: expect none
public final class TransitMapNestedOptimistic {

    static final class Line {
        final StampedLock lock = new StampedLock();
        final int[] minutes = new int[8];
    }

    static final class Network {
        final StampedLock lock = new StampedLock();
        final Line[] lines = {new Line(), new Line(), new Line()};
        int delay;
    }

    static int journey(Network network, int line, int from, int to) {
        long networkStamp = network.lock.tryOptimisticRead();
        Line chosen = network.lines[line];
        long lineStamp = chosen.lock.tryOptimisticRead();
        int ride = chosen.minutes[to] - chosen.minutes[from];
        if (!chosen.lock.validate(lineStamp)) {
            lineStamp = chosen.lock.readLock();
            try {
                ride = chosen.minutes[to] - chosen.minutes[from];
            } finally {
                chosen.lock.unlockRead(lineStamp);
            }
        }
        int delay = network.delay;
        if (!network.lock.validate(networkStamp)) {
            networkStamp = network.lock.readLock();
            try {
                delay = network.delay;
            } finally {
                network.lock.unlockRead(networkStamp);
            }
        }
        return ride + delay;
    }

    public static void main(String[] args) throws InterruptedException {
        Network network = new Network();
        CountDownLatch done = new CountDownLatch(3);
        long[] planned = new long[2];
        for (int p = 0; p < 2; p++) {
            int planner = p;
            new Thread(() -> {
                for (int i = 0; i < 3_000; i++) {
                    planned[planner] += journey(network, i % 3, i % 4, 4 + i % 4);
                }
                done.countDown();
            }, "planner-" + p).start();
        }
        new Thread(() -> {
            for (int i = 0; i < 3_000; i++) {
                long stamp = network.lock.writeLock();
                try {
                    network.delay = i % 9;
                } finally {
                    network.lock.unlockWrite(stamp);
                }
                Line line = network.lines[i % 3];
                stamp = line.lock.writeLock();
                try {
                    for (int s = 0; s < line.minutes.length; s++) {
                        line.minutes[s] = s * (4 + i % 3);
                    }
                } finally {
                    line.lock.unlockWrite(stamp);
                }
            }
            done.countDown();
        }, "controller").start();
        done.await();
        System.out.println("journeys planned " + (planned[0] + planned[1] >= 0) + ", delay " + network.delay);
    }
}
