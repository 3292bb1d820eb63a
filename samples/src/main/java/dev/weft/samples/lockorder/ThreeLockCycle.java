package dev.weft.samples.lockorder;

import dev.weft.samples.Sample;

/**
 * Three warehouses ship stock round a ring, each shipment locking the source warehouse, then the
 * destination, with {@code synchronized}: three threads, three locks, one cycle of lock orders.
 *
 * <p>{@code shipper-1} ships north to east at once, {@code shipper-2} east to south a quarter of a second
 * later, {@code shipper-3} south to north a quarter of a second after that. All three are alive together,
 * but each ships while the others are asleep or done, so the run finishes. No pair of shipments is in
 * opposite orders, yet the three together form a cycle: had each shipper been paused between its two
 * {@code synchronized} blocks, each would hold one warehouse and wait for the next one forever.
 *
 * <p><b>What weft reports</b>: a {@code lock-order} inversion (potential deadlock) of the three
 * {@code Warehouse} monitors among {@code shipper-1}, {@code shipper-2} and {@code shipper-3}: each asks
 * for its destination at the inner {@code synchronized (to)} of {@code ship} while holding its source,
 * taken at the outer {@code synchronized (from)}.
 *
 * <p><b>The fix</b>: {@link ThreeLockHierarchy} locks the two warehouses of a shipment in the order of
 * their ids, a global order in which no cycle can form.
 */
@Sample(
        shows = "Three shippers move stock round a ring of three warehouses, each locking source then"
                + " destination, a quarter of a second apart: a potential three-thread deadlock, no pair inverted.",
        expect = "lock-order",
        threads = {"shipper-1", "shipper-2", "shipper-3"},
        twin = "ThreeLockHierarchy")
public final class ThreeLockCycle {

    private ThreeLockCycle() {
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

    /** Moves {@code amount} from one warehouse to the other, locking {@code from} first: the bug. */
    static void ship(Warehouse from, Warehouse to, long amount) {
        synchronized (from) { // weft: holds
            synchronized (to) { // weft: order
                from.stock -= amount;
                to.stock += amount;
            }
        }
    }
}
