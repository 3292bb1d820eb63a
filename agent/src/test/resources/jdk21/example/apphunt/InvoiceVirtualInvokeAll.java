package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An accounting run renders invoices on virtual threads ({@code newVirtualThreadPerTaskExecutor}) with
 * {@code invokeAll}: each task fills its invoice object, which the main thread reads from the returned futures.
 */
// weft: expect none
public final class InvoiceVirtualInvokeAll {

    static final class Invoice {
        final int number;
        long cents;
        String pdf;

        Invoice(int number) {
            this.number = number;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Invoice> invoices = new ArrayList<>();
        List<Callable<Invoice>> renders = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Invoice invoice = new Invoice(1000 + i);
            invoices.add(invoice);
            renders.add(() -> {
                invoice.cents = invoice.number * 37L % 10_000;
                invoice.pdf = "%PDF invoice " + invoice.number;
                return invoice;
            });
        }
        long total = 0;
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Invoice> done : virtual.invokeAll(renders)) {
                Invoice invoice = done.get();
                total += invoice.cents + invoice.pdf.length();
            }
        }
        System.out.println(invoices.size() + " invoices, " + total);
    }
}
