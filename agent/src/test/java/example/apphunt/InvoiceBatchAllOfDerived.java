package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Invoice rendering: for each invoice a {@code runAsync} on a pool fills its lines (plain fields), and a derived
 * {@code thenApplyAsync} on a second pool of the program's computes its tax; {@code main} waits with
 * {@code allOf(derived stages).join()} and then reads what both stages wrote, not through their results.
 */
// weft: expect none
public final class InvoiceBatchAllOfDerived {

    static final class Invoice {
        final int number;
        int[] lineCents;
        long netCents;
        long taxCents;

        Invoice(int number) {
            this.number = number;
        }
    }

    public static void main(String[] args) {
        ExecutorService filling = Executors.newFixedThreadPool(2, new NamedThreads("fill"));
        ExecutorService taxing = Executors.newFixedThreadPool(2, new NamedThreads("tax"));
        Invoice[] invoices = new Invoice[8];
        CompletableFuture<?>[] stages = new CompletableFuture<?>[invoices.length];
        for (int i = 0; i < invoices.length; i++) {
            Invoice invoice = new Invoice(1000 + i);
            invoices[i] = invoice;
            stages[i] = CompletableFuture.runAsync(() -> {
                invoice.lineCents = new int[3 + invoice.number % 4];
                for (int l = 0; l < invoice.lineCents.length; l++) {
                    invoice.lineCents[l] = 250 * (l + 1);
                    invoice.netCents += invoice.lineCents[l];
                }
            }, filling).thenApplyAsync(ignored -> {
                invoice.taxCents = invoice.netCents * 21 / 100;
                return invoice.number;
            }, taxing);
        }
        CompletableFuture.allOf(stages).join();
        long gross = 0;
        for (Invoice invoice : invoices) {
            gross += invoice.netCents + invoice.taxCents + invoice.lineCents.length;
        }
        filling.shutdown();
        taxing.shutdown();
        System.out.println("gross " + gross);
    }
}
