package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link OneSidedLock}: the restocker updates the stock level and the auditor reads
 * it, both holding the inventory's lock.
 *
 * <p>{@code restocker} and {@code auditor} pass a start gate together and interleave 2,000 updates with
 * 2,000 reads. Every access holds the same lock, so each release orders everything before it with the
 * next acquire of the lock, whichever thread takes it.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "A writer and a reader both access a field holding the same lock: no race.",
        expect = "none",
        twin = "OneSidedLock")
public final class BothSidesLocked {

    private static final int ROUNDS = 2_000;

    private BothSidesLocked() {
    }

    /** A stock level; {@code lock} guards {@code stock}. */
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
            inventory.stock += amount;
        }
    }

    /** Reads the level, holding the same lock: the fix. */
    static int audit(Inventory inventory) {
        synchronized (inventory.lock) {
            return inventory.stock;
        }
    }
}
