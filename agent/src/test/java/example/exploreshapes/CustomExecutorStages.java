package example.exploreshapes;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Two async stages on a custom executor take the cache and index monitors in opposite orders. */
// weft: expect deadlock
public final class CustomExecutorStages {

    private static final Object CACHE = new Object();
    private static final Object INDEX = new Object();
    private static int entries;

    public static void main(String[] args) {
        ExecutorService io = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
            synchronized (CACHE) {
                synchronized (INDEX) {
                    entries++;
                }
            }
        }, io);
        CompletableFuture<Void> evict = CompletableFuture.supplyAsync(() -> 1, io).thenAcceptAsync(n -> {
            synchronized (INDEX) {
                synchronized (CACHE) {
                    entries -= n;
                }
            }
        }, io);
        CompletableFuture.allOf(load, evict).join();
        io.shutdown();
        System.out.println("entries " + entries);
    }
}
