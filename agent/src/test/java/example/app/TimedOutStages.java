package example.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stages that time out ({@code orTimeout}, {@code completeOnTimeout}), one completed before its timeout, and
 * tasks run after a delay ({@code delayedExecutor}, with and without an executor): in a controlled run their
 * delays are virtual, so the program does not wait the seconds they add up to.
 */
public final class TimedOutStages {

    private TimedOutStages() { }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<String> never = new CompletableFuture<String>().orTimeout(2, TimeUnit.SECONDS);
        String timedOut;
        try {
            timedOut = never.join();
        } catch (CompletionException e) {
            timedOut = e.getCause() instanceof TimeoutException ? "timeout" : e.toString();
        }
        String late = new CompletableFuture<String>().completeOnTimeout("late", 2, TimeUnit.SECONDS).join();
        CompletableFuture<String> fast = CompletableFuture.supplyAsync(() -> "fast").orTimeout(1, TimeUnit.HOURS);
        String quick = fast.join();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> order.add("later"),
                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS, pool));
        CompletableFuture<Void> sooner = CompletableFuture.runAsync(() -> order.add("sooner"),
                CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
        CompletableFuture.allOf(later, sooner).join();
        pool.shutdown();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.println(timedOut + " " + late + " " + quick + " order " + order + " ended "
                + pool.awaitTermination(1, TimeUnit.MINUTES) + " slept " + (seconds >= 7)); // the delays add up to 7 s
    }
}
