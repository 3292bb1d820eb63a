package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A checkout builds each order's total from a cart priced and a shipping quote fetched on the common pool
 * ({@code supplyAsync} without an executor), joined by {@code thenCombine}; a failed quote is replaced in
 * {@code exceptionally}, {@code handle} adds the tax to the mutable receipt and {@code whenComplete} stamps it. All 40
 * receipts are read after {@code allOf(..).join()}.
 */
// weft: expect none
public final class CheckoutCommonPoolCombine {

    static final class Receipt {
        final int order;
        long cents;
        String note = "";
        boolean stamped;

        Receipt(int order) {
            this.order = order;
        }
    }

    public static void main(String[] args) {
        List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
        for (int o = 0; o < 40; o++) {
            int order = o;
            CompletableFuture<Receipt> cart = CompletableFuture.supplyAsync(() -> {
                Receipt receipt = new Receipt(order);
                receipt.cents = 1000L + order * 37;
                return receipt;
            });
            CompletableFuture<Long> shipping = CompletableFuture.supplyAsync(() -> {
                if (order % 9 == 4) {
                    throw new IllegalStateException("carrier down");
                }
                return 499L;
            }).exceptionally(failure -> 999L);
            receipts.add(cart.thenCombine(shipping, (receipt, fee) -> {
                receipt.cents += fee;
                receipt.note += fee == 999L ? "fallback carrier;" : "carrier;";
                return receipt;
            }).handle((receipt, failure) -> {
                receipt.cents += receipt.cents / 10;
                receipt.note += "tax;";
                return receipt;
            }).whenComplete((receipt, failure) -> receipt.stamped = true));
        }
        CompletableFuture.allOf(receipts.toArray(new CompletableFuture<?>[0])).join();
        long total = 0;
        int fallbacks = 0;
        for (CompletableFuture<Receipt> future : receipts) {
            Receipt receipt = future.join();
            total += receipt.stamped ? receipt.cents : 0;
            fallbacks += receipt.note.startsWith("fallback") ? 1 : 0;
        }
        System.out.println(total + " cents, " + fallbacks + " fallbacks");
    }
}
