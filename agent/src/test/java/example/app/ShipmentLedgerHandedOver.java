package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The shipping office makes the ledger's entries a {@code Collections.synchronizedList} and hands it to the
 * {@link Ledger}, a class that names no wrapper and whose {@code record} only appends (no lock operation of its own:
 * the wrapper's mutex is taken inside the JDK). A dispatcher, holding the depot's monitor, records each shipment; an
 * auditor holds the entries' lock and then takes the depot's monitor. The auditor starts once the dispatch is over (a
 * latch: this run never deadlocks), but without it the two could: weft predicts the cycle.
 * {@link ShipmentLedgerHandedOverOrdered} is the twin whose auditor lets the entries go first.
 */
public final class ShipmentLedgerHandedOver {

    static final Object depot = new Object();
    static final List<String> entries = Collections.synchronizedList(new ArrayList<>());
    static final Ledger ledger = new Ledger(entries);
    static int stock = 10;

    public static void main(String[] args) throws Exception {
        run(false);
    }

    /** With {@code ordered}, the auditor counts the entries under their lock and lets it go before it takes the depot. */
    static void run(boolean ordered) throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock--;
                ledger.record("shipped 1");
            }
            dispatched.countDown();
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            try { dispatched.await(); } catch (InterruptedException e) { return; }
            if (ordered) {
                int shipped = ledger.count();
                synchronized (depot) {
                    System.out.println(shipped + " shipped, " + stock + " left");
                }
                return;
            }
            synchronized (entries) {
                int shipped = entries.size();
                synchronized (depot) {
                    System.out.println(shipped + " shipped, " + stock + " left");
                }
            }
        }, "auditor");
        dispatcher.start(); auditor.start(); dispatcher.join(); auditor.join();
        System.out.println("done");
    }
}
