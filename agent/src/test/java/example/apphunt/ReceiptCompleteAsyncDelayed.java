package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A shop's checkout fills receipts with {@code new CompletableFuture<>().completeAsync(supplier, executor)} on a pool of
 * its own, and e-mails them a little later through {@code CompletableFuture.delayedExecutor} given to
 * {@code thenApplyAsync}. Both stages mutate the receipt; the checkout reads it after {@code get(timeout)}.
 */
// weft: expect none
public final class ReceiptCompleteAsyncDelayed {

    static final class Receipt {
        final int order;
        long totalCents;
        String lines;
        boolean mailed;

        Receipt(int order) {
            this.order = order;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService tills = Executors.newFixedThreadPool(2, new NamedThreads("till"));
        Executor later = CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS, tills);
        List<CompletableFuture<Receipt>> mailed = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (int order = 0; order < 12; order++) {
            Receipt receipt = new Receipt(order);
            receipts.add(receipt);
            CompletableFuture<Receipt> filled = new CompletableFuture<Receipt>().completeAsync(() -> {
                StringBuilder lines = new StringBuilder();
                for (int item = 0; item <= receipt.order % 4; item++) {
                    long cents = 199 + item * 250L;
                    receipt.totalCents += cents;
                    lines.append("item ").append(item).append(' ').append(cents).append('\n');
                }
                receipt.lines = lines.toString();
                return receipt;
            }, tills);
            mailed.add(filled.thenApplyAsync(r -> {
                r.mailed = r.lines.length() > 0;
                return r;
            }, later));
        }
        long total = 0;
        for (CompletableFuture<Receipt> stage : mailed) {
            Receipt receipt = stage.get(10, TimeUnit.SECONDS);
            total += receipt.totalCents;
        }
        for (Receipt receipt : receipts) {
            if (!receipt.mailed) {
                throw new IllegalStateException("receipt " + receipt.order + " not mailed");
            }
        }
        tills.shutdown();
        System.out.println(receipts.size() + " receipts, " + total + " cents");
    }
}
