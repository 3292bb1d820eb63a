package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Invoices go through async stages of a {@code CompletableFuture} subclass whose {@code defaultExecutor()} is the
 * billing pool; each stage fills plain fields of the invoice that the next stage reads, and main reads them after
 * {@code join}. Then the invoices' totals are summed by tasks made with {@code ForkJoinTask.adapt} and
 * {@code invokeAll}, which main reads after they are joined. Every hand-off is a stage's or a task's completion.
 */
// weft: expect none
public final class InvoiceStagesOwnExecutor {

    static final class Invoice {
        int lines;
        long total;
        String status;
    }

    static final class BillingFuture<T> extends CompletableFuture<T> {
        private final Executor billing;

        BillingFuture(Executor billing) {
            this.billing = billing;
        }

        @Override
        public Executor defaultExecutor() {
            return billing;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new BillingFuture<>(billing);
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService billing = Executors.newFixedThreadPool(2);
        List<Invoice> invoices = new ArrayList<>();
        List<CompletableFuture<Invoice>> stages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Invoice invoice = new Invoice();
            invoices.add(invoice);
            int lines = i + 2;
            BillingFuture<Invoice> start = new BillingFuture<>(billing);
            stages.add(start.thenApplyAsync(inv -> {
                inv.lines = lines;
                return inv;
            }).thenApplyAsync(inv -> {
                inv.total = inv.lines * 25L;
                return inv;
            }).thenApplyAsync(inv -> {
                inv.status = "billed " + inv.total;
                return inv;
            }));
            start.complete(invoice);
        }
        stages.forEach(CompletableFuture::join);
        List<ForkJoinTask<Long>> sums = new ArrayList<>();
        for (Invoice invoice : invoices) {
            sums.add(ForkJoinTask.adapt(() -> invoice.total + invoice.status.length()));
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        long sum = pool.submit(() -> ForkJoinTask.invokeAll(sums).stream().mapToLong(ForkJoinTask::join).sum()).get();
        pool.shutdown();
        billing.shutdown();
        System.out.println("billed: " + sum);
    }
}
