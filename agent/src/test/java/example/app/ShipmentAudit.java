package example.app;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * A dispatch and an audit over a depot and its shipments' entries, a synchronized list: the dispatcher, holding the
 * depot's monitor, records a shipment; the auditor starts once the dispatch is over (a latch: no run deadlocks).
 */
final class ShipmentAudit {

    static final Object depot = new Object();
    static int stock = 10;

    private ShipmentAudit() {
    }

    /**
     * The dispatcher records through {@code record}; the auditor holds the entries' lock and then takes the depot's
     * monitor (a cycle with the dispatcher, which takes the entries' mutex in {@code record} under the depot's), or,
     * when {@code ordered}, counts them through {@code count} and only then takes the depot's monitor (one order).
     */
    static void run(List<String> entries, Consumer<String> record, IntSupplier count, boolean ordered) throws InterruptedException {
        CountDownLatch dispatched = new CountDownLatch(1);
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock--;
                record.accept("shipped 1");
            }
            dispatched.countDown();
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            try { dispatched.await(); } catch (InterruptedException e) { return; }
            if (ordered) {
                int shipped = count.getAsInt();
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
