package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link ThreeLockCycle}: three shippers move stock round the same ring of three
 * warehouses, a quarter of a second apart, and every shipment locks the warehouse with the lower id first.
 *
 * <p>The lock-order graph has the edges north before east, east before south and north before south: a
 * hierarchy, with no cycle, so no schedule can deadlock.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Three shippers move stock round a ring of three warehouses, always locking the lower id"
                + " first: a lock hierarchy, no potential deadlock.",
        expect = "none",
        twin = "ThreeLockCycle")
public final class ThreeLockHierarchy {

    private ThreeLockHierarchy() {
    }

    /** A warehouse; its monitor guards its stock. */
    static final class Warehouse {
        final int id;
        long stock;

        Warehouse(int id, long stock) {
            this.id = id;
            this.stock = stock;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Warehouse north = new Warehouse(1, 100);
        Warehouse east = new Warehouse(2, 100);
        Warehouse south = new Warehouse(3, 100);

        Thread shipper1 = new Thread(() -> ship(north, east, 10), "shipper-1");
        Thread shipper2 = new Thread(() -> {
            Pause.sleep(Pause.STAGGER_MILLIS);
            ship(east, south, 20);
        }, "shipper-2");
        Thread shipper3 = new Thread(() -> {
            Pause.sleep(2 * Pause.STAGGER_MILLIS);
            ship(south, north, 30);
        }, "shipper-3");
        shipper1.start();
        shipper2.start();
        shipper3.start();
        shipper1.join();
        shipper2.join();
        shipper3.join();
        System.out.println("north=" + north.stock + " east=" + east.stock + " south=" + south.stock);
    }

    /** Moves {@code amount} from one warehouse to the other, locking the lower id first: the fix. */
    static void ship(Warehouse from, Warehouse to, long amount) {
        Warehouse first = from.id < to.id ? from : to;
        Warehouse second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.stock -= amount;
                to.stock += amount;
            }
        }
    }
}
