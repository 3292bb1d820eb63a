package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An accounting service renders an invoice on a pool with {@code new CompletableFuture<>().completeAsync(supplier,
 * pool)}; the template set before is read by the supplier, a {@code thenAccept} stamps the invoice, and the caller
 * reads it after {@code join()}.
 */
// weft: expect none
public final class InvoiceRenderer {

    static final class Template {
        String header;
        int taxPercent;
    }

    static final class Invoice {
        String text;
        boolean stamped;
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("render"));
        Template template = new Template();
        template.header = "ACME";
        template.taxPercent = 20;
        Invoice invoice = new Invoice();
        CompletableFuture<Invoice> rendered = new CompletableFuture<Invoice>().completeAsync(() -> {
            invoice.text = template.header + " total " + (100 + template.taxPercent);
            return invoice;
        }, pool);
        CompletableFuture<Void> stamped = rendered.thenAcceptAsync(done -> done.stamped = true, pool);
        stamped.join();
        template.taxPercent = 25;
        System.out.println(invoice.text + " stamped=" + invoice.stamped);
        pool.shutdown();
    }
}
