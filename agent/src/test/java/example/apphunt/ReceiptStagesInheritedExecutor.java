package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A point-of-sale back office: its futures are a subclass of a subclass of {@code CompletableFuture}; the base class
 * overrides {@code defaultExecutor()} with an unconfigurable view of the office's pool, the leaf class inherits it and
 * makes its own dependent stages. Receipts are totalled, taxed and archived by fire-and-forget async stages made with
 * no executor ({@code thenApplyAsync}, {@code thenCombineAsync}, {@code thenComposeAsync}, {@code whenCompleteAsync},
 * {@code handleAsync}), never joined; the office shuts the pool behind the view down, awaits it and reads the receipts.
 */
// weft: expect none
public final class ReceiptStagesInheritedExecutor {

    static final class Receipt {
        final int number;
        long netCents;
        long taxCents;
        String archivedAs;
        final List<String> log = new ArrayList<>();

        Receipt(int number) {
            this.number = number;
        }
    }

    /** The office's futures: async stages on the office's pool. */
    static class OfficeFuture<T> extends CompletableFuture<T> {
        private final Executor office;

        OfficeFuture(Executor office) {
            this.office = office;
        }

        @Override
        public Executor defaultExecutor() {
            return office;
        }
    }

    /** The till's futures: the office's executor, inherited. */
    static final class TillFuture<T> extends OfficeFuture<T> {
        TillFuture(Executor office) {
            super(office);
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new TillFuture<>(defaultExecutor());
        }
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2, new NamedThreads("office"));
        Executor office = Executors.unconfigurableExecutorService(pool);
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Receipt receipt = new Receipt(i);
            receipts.add(receipt);
            TillFuture<Receipt> rung = new TillFuture<>(office);
            TillFuture<Long> rate = new TillFuture<>(office);
            CompletionStage<Long> net = rung.thenApplyAsync(r -> {
                r.netCents = 1_000L * (r.number + 1);
                r.log.add("totalled");
                return r.netCents;
            });
            net.thenCombineAsync(rate, (cents, percent) -> {
                receipt.taxCents = cents * percent / 100;
                receipt.log.add("taxed");
                return receipt.taxCents;
            }).thenComposeAsync(tax -> {
                TillFuture<String> archive = new TillFuture<>(office);
                archive.completeAsync(() -> {
                    receipt.archivedAs = "R-" + receipt.number + "-" + tax;
                    return receipt.archivedAs;
                });
                return archive;
            }).whenCompleteAsync((name, failure) -> receipt.log.add("archived " + name))
                    .handleAsync((name, failure) -> receipt.log.add(failure == null ? "done" : "failed"));
            rung.complete(receipt);
            rate.complete(20L);
        }
        while (pool.getTaskCount() < 6 * receipts.size()) { // the later stages are handed over as the earlier ones complete
            Thread.sleep(1);
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("office still busy");
        }
        long tax = 0;
        int lines = 0;
        for (Receipt receipt : receipts) {
            tax += receipt.taxCents + receipt.netCents;
            lines += receipt.log.size() + receipt.archivedAs.length();
        }
        System.out.println(tax + " cents, " + lines + " log lines");
    }
}
