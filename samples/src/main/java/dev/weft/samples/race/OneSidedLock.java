package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A stock level is updated under the inventory's lock, but an auditor reads it without taking the lock.
 *
 * <p>{@code restocker} and {@code auditor} pass a start gate together. The restocker adds stock 2,000
 * times, each time inside {@code synchronized (lock)}; the auditor samples the level 2,000 times with a
 * plain read. A lock only orders the threads that take it: the restocker's releases have no matching
 * acquire in the auditor, so no write is ordered with any read.
 *
 * <p><b>What weft reports</b>: a race on {@code Inventory.stock} between {@code restocker}, at the locked
 * update in {@code restock}, and {@code auditor}, at the unlocked read in {@code audit}.
 *
 * <p><b>The fix</b>: {@link BothSidesLocked} makes the auditor read the level under the same lock.
 */
@Sample(
        shows = "A writer updates a field holding a lock, a reader reads it without the lock: a lock held on"
                + " one side only orders nothing, a data race.",
        expect = "race",
        field = "dev.weft.samples.race.OneSidedLock$Inventory.stock",
        threads = {"restocker", "auditor"},
        twin = "BothSidesLocked")
public final class OneSidedLock {

    private static final int ROUNDS = 2_000;

    private OneSidedLock() {
    }

    /** A stock level; {@code lock} is meant to guard {@code stock}. */
    static final class Inventory {
        final Object lock = new Object();
        int stock;
    }

    public static void main(String[] args) throws InterruptedException {
        Inventory inventory = new Inventory();
        StartGate gate = new StartGate(2);
        long[] audited = new long[1];
        Thread restocker = new Thread(() -> {
            gate.arriveAndAwait();
            for (int i = 0; i < ROUNDS; i++) {
                restock(inventory, 3);
            }
        }, "restocker");
        Thread auditor = new Thread(() -> {
            gate.arriveAndAwait();
            long sum = 0;
            for (int i = 0; i < ROUNDS; i++) {
                sum += audit(inventory);
            }
            audited[0] = sum;
        }, "auditor");
        restocker.start();
        auditor.start();
        restocker.join();
        auditor.join();
        System.out.println("stock " + inventory.stock + ", mean audited level " + audited[0] / ROUNDS);
    }

    /** Adds stock, holding the lock. */
    static void restock(Inventory inventory, int amount) {
        synchronized (inventory.lock) {
            inventory.stock += amount; // weft: race
        }
    }

    /** Reads the level without the lock: the bug. */
    static int audit(Inventory inventory) {
        return inventory.stock; // weft: race
    }
}
