package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A warehouse counts its aisles in parallel ({@code runAsync} on a pool), each task into an aisle record of its
 * own, and totals them once {@code CompletableFuture.allOf(..).join()} returns.
 */
// weft: expect none
public final class WarehouseStocktakeFixed {

    static final class Aisle {
        final int number;
        int items;
        int damaged;

        Aisle(int number) {
            this.number = number;
        }
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("counter"));
        Aisle[] aisles = new Aisle[6];
        CompletableFuture<?>[] counts = new CompletableFuture<?>[aisles.length];
        for (int i = 0; i < aisles.length; i++) {
            Aisle aisle = new Aisle(i);
            aisles[i] = aisle;
            counts[i] = CompletableFuture.runAsync(() -> {
                aisle.items = 40 + aisle.number * 3;
                aisle.damaged = aisle.number % 2;
            }, pool);
        }
        CompletableFuture.allOf(counts).join();
        int items = 0, damaged = 0;
        for (Aisle aisle : aisles) {
            items += aisle.items;
            damaged += aisle.damaged;
        }
        pool.shutdown();
        System.out.println(items + " items, " + damaged + " damaged");
    }
}
