package example.app;
import java.util.concurrent.CompletableFuture;
/** Async stages of CompletableFuture made without an executor, chained, combined and joined. */
public final class AsyncChain {
    static int total;
    static synchronized void add(int n) { total += n; }
    public static void main(String[] args) {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> { add(1); return 2; });
        CompletableFuture<Integer> b = a.thenApplyAsync(x -> { add(x); return x * 10; });
        CompletableFuture<Void> c = CompletableFuture.runAsync(() -> add(100));
        CompletableFuture<Integer> d = b.thenCombineAsync(CompletableFuture.supplyAsync(() -> { add(1000); return 5; }), Integer::sum);
        CompletableFuture<String> e = d.thenApply(x -> "d=" + x).whenCompleteAsync((s, t) -> add(10000));
        CompletableFuture.allOf(c, e).join();
        System.out.println("result " + e.join() + " total " + total);
    }
}
