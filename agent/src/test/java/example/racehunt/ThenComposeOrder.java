package example.racehunt;

import java.util.concurrent.CompletableFuture;

/** An order object built along a chain: thenCompose, thenApplyAsync, handle and whenComplete each change it in turn. */
// weft: expect none
public final class ThenComposeOrder {

    static final class Order {
        int items;
        long total;
        String status;
    }

    public static void main(String[] args) {
        Order result = CompletableFuture.supplyAsync(() -> {
                    Order order = new Order();
                    order.items = 3;
                    return order;
                })
                .thenCompose(order -> CompletableFuture.supplyAsync(() -> {
                    order.total = order.items * 250L;
                    return order;
                }))
                .thenApplyAsync(order -> {
                    order.status = "priced";
                    return order;
                })
                .handle((order, failure) -> {
                    order.status += failure == null ? ", checked" : ", failed";
                    return order;
                })
                .whenComplete((order, failure) -> order.items++)
                .join();
        System.out.println(result.items + " items, " + result.total + ", " + result.status);
    }
}
