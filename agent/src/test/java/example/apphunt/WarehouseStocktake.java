package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A warehouse counts its aisles in parallel ({@code runAsync} on a pool), each task into an aisle record of its
 * own, and totals them once {@code CompletableFuture.allOf(..).join()} returns.
 *
 * <p>Racy: the totals are read before {@code allOf(..).join()}, so a count may still be running.
 */
// weft: expect race example.apphunt.WarehouseStocktake$Aisle.items threads=main,counter-*
public final class WarehouseStocktake {

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
                aisle.items = 40 + aisle.number * 3; // weft: race
                aisle.damaged = aisle.number % 2;
            }, pool);
        }
        int items = 0, damaged = 0;
        for (Aisle aisle : aisles) {
            items += aisle.items; // weft: race
        }
        CompletableFuture.allOf(counts).join();
        pool.shutdown();
        System.out.println(items + " items, " + damaged + " damaged");
    }
}
