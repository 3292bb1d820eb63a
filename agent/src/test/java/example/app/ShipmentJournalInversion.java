package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A shipment journal keeps its entries in a {@code Collections.synchronizedList}; its {@code record} only appends (no
 * lock operation of its own: the wrapper's mutex is taken inside the JDK). A dispatcher, holding the depot's monitor,
 * records each shipment; an auditor holds the entries' lock (as the wrapper's Javadoc asks, to read them whole) and
 * then takes the depot's monitor to compare the stock. The auditor starts once the dispatch is over (a latch, so that
 * this run never deadlocks, whichever thread runs first), but without it the two could: weft predicts the cycle.
 */
public final class ShipmentJournalInversion {

    /** The journal: a class of its own, whose methods take no lock but the wrapper's. */
    static final class Journal {
        final List<String> entries = Collections.synchronizedList(new ArrayList<>());

        void record(String entry) {
            entries.add(entry);
        }
    }

    static final Object depot = new Object();
    static final Journal journal = new Journal();
    static int stock = 10;

    public static void main(String[] args) throws Exception {
        CountDownLatch dispatched = new CountDownLatch(1);
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock--;
                journal.record("shipped 1");
            }
            dispatched.countDown();
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            try { dispatched.await(); } catch (InterruptedException e) { return; }
            synchronized (journal.entries) {
                int shipped = journal.entries.size();
                synchronized (depot) {
                    System.out.println(shipped + " shipped, " + stock + " left");
                }
            }
        }, "auditor");
        dispatcher.start(); auditor.start(); dispatcher.join(); auditor.join();
        System.out.println("done");
    }
}
