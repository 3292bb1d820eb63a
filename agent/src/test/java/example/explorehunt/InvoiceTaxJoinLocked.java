package example.explorehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An invoice priced by two stages of a pool: the tax stage reads the rate under the invoice's monitor, and the net
 * price's callback ({@code thenAccept}) is a {@code synchronized} method that joins the tax stage. When the callback
 * takes the monitor before the tax stage has read the rate, the callback waits for the tax holding the monitor the
 * tax needs.
 */
// weft: expect deadlock
public final class InvoiceTaxJoinLocked {

    static final class Invoice {
        private final double rate = 0.2;
        private double total;

        synchronized double rate() {
            return rate;
        }

        synchronized void priced(double net, CompletableFuture<Double> tax) {
            total = net + tax.join(); // the bug: joins the tax stage holding the monitor it needs
        }
    }

    public static void main(String[] args) {
        Invoice invoice = new Invoice();
        AtomicInteger workers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, task -> new Thread(task, "stage-" + workers.incrementAndGet()));
        CompletableFuture<Double> tax = CompletableFuture.supplyAsync(() -> 100 * invoice.rate(), pool);
        CompletableFuture<Void> priced = CompletableFuture.supplyAsync(() -> 100.0, pool).thenAccept(net -> invoice.priced(net, tax));
        priced.join();
        pool.shutdown();
        System.out.println("total " + invoice.total);
    }
}
