package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A checkout flow of {@code CompletableFuture} stages on an executor: the cart is priced by {@code supplyAsync}, the
 * discount looked up with {@code thenCompose}, a failing stock check recovered by {@code exceptionally}, the result
 * shaped by {@code handle}; {@code runAfterBoth} logs once the receipt and the loyalty points are made, and
 * {@code anyOf} takes the first of two couriers' quotes. Each stage's mutable result is read by the next stage's
 * function, in whichever thread runs it, and by {@code main} after {@code join}.
 */
// weft: expect none
public final class CheckoutStagesCompose {

    static final class Cart {
        long cents;
        String discountCode;
        boolean inStock;
        String receipt;
    }

    public static void main(String[] args) {
        ExecutorService shop = Executors.newFixedThreadPool(3);
        CompletableFuture<Cart> priced = CompletableFuture.supplyAsync(() -> {
            Cart cart = new Cart();
            cart.cents = 12_345;
            return cart;
        }, shop);
        CompletableFuture<Cart> discounted = priced.thenCompose(cart -> CompletableFuture.supplyAsync(() -> {
            cart.discountCode = cart.cents > 10_000 ? "BIG10" : "NONE";
            return cart;
        }, shop));
        CompletableFuture<Cart> checked = discounted.thenApplyAsync(cart -> {
            if (cart.discountCode.startsWith("BIG")) {
                throw new IllegalStateException("stock service down");
            }
            cart.inStock = true;
            return cart;
        }, shop).exceptionally(failure -> {
            Cart cart = discounted.join();
            cart.inStock = false;
            return cart;
        });
        CompletableFuture<Cart> receipt = checked.handle((cart, failure) -> {
            cart.receipt = cart.discountCode + " " + cart.cents + (cart.inStock ? " shipped" : " backordered");
            return cart;
        });
        int[] points = new int[1];
        CompletableFuture<Void> loyalty = priced.thenAcceptAsync(cart -> points[0] = (int) (cart.cents / 100), shop);
        StringBuilder log = new StringBuilder();
        receipt.runAfterBoth(loyalty, () -> log.append(receipt.join().receipt).append(" +").append(points[0])).join();
        Object courier = CompletableFuture.anyOf(
                CompletableFuture.supplyAsync(() -> new StringBuilder("post:").append(499), shop),
                CompletableFuture.supplyAsync(() -> new StringBuilder("van:").append(899), shop)).join();
        shop.shutdown();
        System.out.println(log + " " + courier);
    }
}
