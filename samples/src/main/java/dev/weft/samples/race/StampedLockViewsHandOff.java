package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/**
 * An inventory guarded by one {@code StampedLock} reached two ways: a restocker written against the
 * {@code Lock} interface takes the lock's {@code asWriteLock()} view, a seller takes write and read stamps
 * directly. Both are the same lock, so every update is ordered with every other.
 *
 * <p><b>What weft reports</b>: nothing. The views' {@code lock}/{@code unlock} are the {@code StampedLock}'s
 * own acquisitions and releases; a detector that takes the view for a lock of its own reports false races
 * on {@code items} and {@code lastSku}.
 */
@Sample(
        shows = "One StampedLock used through its asWriteLock()/asReadLock() views by one thread and through"
                + " stamps by another: no race.",
        expect = "none",
        twin = "OneSidedLock")
public final class StampedLockViewsHandOff {

    private StampedLockViewsHandOff() {
    }

    /** Stock counted by restocks and sales. */
    static final class Inventory {
        private final StampedLock lock = new StampedLock();
        private int items;
        private String lastSku;

        void restock(Lock writeView, String sku) {
            writeView.lock();
            try {
                items++;
                lastSku = sku;
            } finally {
                writeView.unlock();
            }
        }

        void sell() {
            long stamp = lock.writeLock();
            try {
                items--;
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        int lastSkuLength() {
            long stamp = lock.readLock();
            try {
                return lastSku == null ? 0 : lastSku.length();
            } finally {
                lock.unlockRead(stamp);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Inventory inventory = new Inventory();
        Lock writeView = inventory.lock.asWriteLock();
        Thread restocker = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                inventory.restock(writeView, "sku-" + i);
            }
        }, "restocker");
        Thread seller = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                inventory.sell();
                inventory.lastSkuLength();
            }
        }, "seller");
        restocker.start();
        seller.start();
        restocker.join();
        seller.join();
        Lock readView = inventory.lock.asReadLock();
        readView.lock();
        try {
            System.out.println("stock " + inventory.items + ", last " + inventory.lastSku);
        } finally {
            readView.unlock();
        }
    }
}
