package example.app;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
/** Two async stages given a fork/join pool add to a plain counter: a race, and a lost update on some schedules. */
public final class PoolStagesRace {
    static int count;
    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> count++, pool);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> count++, pool);
        first.join();
        second.join();
        System.out.println("count " + count);
    }
}
