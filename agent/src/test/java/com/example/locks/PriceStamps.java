package com.example.locks;

import java.util.concurrent.locks.StampedLock;

/** A price guarded by a {@code StampedLock}'s stamps, and a method that takes none. */
public class PriceStamps {
    private final StampedLock lock = new StampedLock();
    private double price = 10.0;

    public void reprice(double factor) {
        long stamp = lock.writeLock();
        try {
            price *= factor;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public double estimate() {
        long stamp = lock.tryOptimisticRead();
        double seen = price;
        return lock.validate(stamp) ? seen : -1;
    }

    public String name() {
        return "price";
    }
}
