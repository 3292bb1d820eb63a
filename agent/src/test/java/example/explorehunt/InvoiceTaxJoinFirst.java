package example.explorehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link InvoiceTaxJoinLocked} with the tax joined before the callback takes the invoice's monitor. */
// weft: expect none
public final class InvoiceTaxJoinFirst {

    static final class Invoice {
        private final double rate = 0.2;
        private double total;

        synchronized double rate() {
            return rate;
        }

        void priced(double net, CompletableFuture<Double> tax) {
            double owed = tax.join();
            synchronized (this) {
                total = net + owed;
            }
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
        synchronized (invoice) {
            System.out.println("total " + invoice.total);
        }
    }
}
