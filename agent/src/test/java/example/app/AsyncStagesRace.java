package example.app;
import java.util.concurrent.CompletableFuture;
/** Two async stages made without an executor add to a plain counter: a race, and a lost update on some schedules. */
public final class AsyncStagesRace {
    static int count;
    public static void main(String[] args) {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> count++);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> count++);
        first.join();
        second.join();
        System.out.println("count " + count);
    }
}
