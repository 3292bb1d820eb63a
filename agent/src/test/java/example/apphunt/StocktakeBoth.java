package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A shop counts its shelves and its back room in two tasks, each into its own field of one stocktake, and
 * {@code runAfterBoth} writes the total once both are done; the manager reads it after {@code join()}.
 *
 * <p>Racy: the manager totals after {@code join()} of the shelves alone, not {@code runAfterBoth}: the back room may still be counted.
 */
// weft: expect race example.apphunt.StocktakeBoth$Stocktake.backRoom threads=main,count-*
public final class StocktakeBoth {

    static final class Stocktake {
        int shelves;
        int backRoom;
        int total;
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("count"));
        Stocktake take = new Stocktake();
        CompletableFuture<Void> shelves = CompletableFuture.runAsync(() -> take.shelves = 120, pool);
        CompletableFuture<Void> backRoom = CompletableFuture.runAsync(() -> take.backRoom = 80, pool); // weft: race
        shelves.join();
        take.total = take.shelves + take.backRoom; // weft: race
        backRoom.join();
        take.total += 1;
        System.out.println("total " + take.total);
        pool.shutdown();
    }
}
