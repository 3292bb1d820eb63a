package example.racehunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Two supplyAsync stages combined with thenCombine both count their calls in one plain field. */
// weft: expect race example.racehunt.SupplyAsyncCounter.calls threads=pool-1-thread-1,pool-1-thread-2
public final class SupplyAsyncCounter {

    private static int calls;

    static int price(String item) {
        calls++; // weft: race
        return item.length();
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> meet(both, "apple"), pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> meet(both, "pear"), pool);
        int total = a.thenCombine(b, Integer::sum).join();
        System.out.println("total " + total + " in " + calls + " calls");
        pool.shutdown();
    }

    private static int meet(java.util.concurrent.CyclicBarrier both, String item) {
        try {
            both.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return price(item);
    }
}
