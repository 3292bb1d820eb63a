package example.exploreshapes;

import java.util.concurrent.CompletableFuture;

/** Two {@code CompletableFuture} chains on the common pool each set a plain status field in their last stage. */
// weft: expect race example.exploreshapes.CommonPoolStatus.status
public final class CommonPoolStatus {

    private static String status = "idle";

    public static void main(String[] args) {
        CompletableFuture<Void> users = CompletableFuture.supplyAsync(() -> 3)
            .thenApply(n -> n * 2)
            .thenAccept(n -> status = "users " + n);
        CompletableFuture<Void> orders = CompletableFuture.supplyAsync(() -> 5)
            .thenApply(n -> n + 1)
            .thenAccept(n -> status = "orders " + n);
        CompletableFuture.allOf(users, orders).join();
        System.out.println(status);
    }
}
