package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A checkout charges a card on a gateway pool; the charge fails, {@code exceptionally} notes the decline in the
 * receipt, and {@code handle} picks a fallback method; the checkout reads the receipt after {@code join()}.
 */
// weft: expect none
public final class PaymentFallback {

    static final class Receipt {
        String method = "card";
        String note;
        int attempts;
    }

    public static void main(String[] args) {
        ExecutorService gateway = Executors.newFixedThreadPool(2, new NamedThreads("gateway"));
        Receipt receipt = new Receipt();
        CompletableFuture<Receipt> charged = CompletableFuture.supplyAsync(() -> {
            receipt.attempts++;
            if (receipt.method.equals("card")) {
                throw new IllegalStateException("declined");
            }
            return receipt;
        }, gateway).exceptionally(failure -> {
            receipt.note = failure.getCause().getMessage();
            return null;
        }).handle((done, failure) -> {
            receipt.method = "invoice";
            receipt.attempts++;
            return receipt;
        });
        Receipt paid = charged.join();
        System.out.println(paid.method + " after " + paid.attempts + " (" + paid.note + ")");
        gateway.shutdown();
    }
}
