package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A flight search asks three airline mirrors on a pool of the program's for each of 15 routes and takes the first
 * answer with {@code anyOf}; each answer is a mutable offer the mirror filled. The winner is decorated in
 * {@code thenApplyAsync} on the same pool, failures are turned into a default offer by {@code exceptionally}, and
 * the caller reads the offer after {@code join}. The pool is shut down and awaited at the end.
 */
// weft: expect none
public final class FlightSearchAnyOfCustomPool {

    static final class Offer {
        String airline;
        int price;
        String label;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long sum = 0;
        for (int route = 0; route < 15; route++) {
            CompletableFuture<?>[] mirrors = new CompletableFuture<?>[3];
            for (int m = 0; m < mirrors.length; m++) {
                int mirror = m;
                int r = route;
                mirrors[m] = CompletableFuture.supplyAsync(() -> {
                    Offer offer = new Offer();
                    offer.airline = "air-" + mirror;
                    offer.price = 100 + (r * 7 + mirror * 13) % 50;
                    return offer;
                }, pool);
            }
            Offer best = CompletableFuture.anyOf(mirrors)
                    .thenApplyAsync(won -> {
                        Offer offer = (Offer) won;
                        offer.label = offer.airline + "@" + offer.price;
                        return offer;
                    }, pool)
                    .exceptionally(failure -> {
                        Offer offer = new Offer();
                        offer.label = "none";
                        return offer;
                    })
                    .join();
            sum += best.price + best.label.length();
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println(sum);
    }
}
